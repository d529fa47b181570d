import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isAdmin } from '../src/access/isAdmin'
import { slugField } from '../src/fields/slug'

/**
 * User-growth layers (general value → potential development → heavy retention → paying, and
 * dormant). Content targets them now; the growth issue adds each layer's rule.
 */
export const GrowthLayers: CollectionConfig<'growth-layers'> = {
  slug: 'growth-layers',
  admin: { group: 'Growth', useAsTitle: 'name', defaultColumns: ['name', 'slug', 'rank'] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  defaultSort: 'rank',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, maxLength: 80 },
    slugField('name'),
    { name: 'rank', type: 'number', required: true, min: 0, admin: { description: 'Higher ranks are further along.' } },
    { name: 'description', type: 'textarea', localized: true, maxLength: 500 },
  ],
}
