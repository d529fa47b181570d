import type { CollectionConfig } from 'payload'

import { contentCollection } from '../../src/content/content-collection'
import { layoutField } from '../../src/fields/layout'
import { slugField } from '../../src/fields/slug'
import { authorsField, productField, tagsField, targetLayersField } from '../../src/fields/taxonomy'
import { staleField } from './stale'

/** Operation guides and docs; parent/child hierarchy and breadcrumbs come from the nested-docs plugin. */
export const Guides: CollectionConfig<'guides'> = contentCollection({
  slug: 'guides',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    productField(true),
    { name: 'productVersion', type: 'text', maxLength: 40, admin: { position: 'sidebar' } },
    {
      name: 'steps',
      type: 'array',
      localized: true,
      maxRows: 100,
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 200 },
        { name: 'body', type: 'richText' },
        { name: 'image', type: 'upload', relationTo: 'media' },
      ],
    },
    layoutField(),
    { name: 'lastVerifiedAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } } },
    staleField,
    targetLayersField(),
    tagsField,
    authorsField,
  ],
}) as CollectionConfig<'guides'>
