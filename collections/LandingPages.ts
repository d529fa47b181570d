import type { CollectionConfig } from 'payload'

import { contentCollection } from '../src/content/content-collection'
import { layoutField } from '../src/fields/layout'
import { slugField } from '../src/fields/slug'
import { targetLayersField } from '../src/fields/taxonomy'

/** Pages made only of standard components: a marketer changes one without design or front-end work. */
export const LandingPages: CollectionConfig<'landing-pages'> = contentCollection({
  slug: 'landing-pages',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField(),
    layoutField({ minRows: 1 }),
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', admin: { position: 'sidebar' } },
    targetLayersField(),
  ],
}) as CollectionConfig<'landing-pages'>
