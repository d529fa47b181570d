import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { canManageCampaigns } from '../src/access/canManageCampaigns'
import { slugField } from '../src/fields/slug'

/** Products and solutions that guides, white papers and product copy are about. */
export const Products: CollectionConfig<'products'> = {
  slug: 'products',
  admin: { group: 'Taxonomy', useAsTitle: 'name' },
  access: { read: anyone, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 120 },
    slugField('name'),
    { name: 'currentVersion', type: 'text', maxLength: 40 },
  ],
}
