import type { CollectionConfig } from 'payload'

import { contentCollection } from '../../src/content/content-collection'
import { layoutField } from '../../src/fields/layout'
import { slugField } from '../../src/fields/slug'
import { authorsField, industriesField, productField, tagsField, targetLayersField } from '../../src/fields/taxonomy'

export const WhitePapers: CollectionConfig<'white-papers'> = contentCollection({
  slug: 'white-papers',
  labels: { singular: 'White paper', plural: 'White papers' },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'body', type: 'richText', localized: true },
    layoutField(),
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    {
      name: 'file',
      label: 'PDF',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    {
      name: 'gated',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Downloading the PDF needs the lead form.' },
    },
    industriesField(),
    productField(),
    targetLayersField(),
    tagsField,
    authorsField,
  ],
}) as CollectionConfig<'white-papers'>
