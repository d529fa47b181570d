import type { CollectionConfig } from 'payload'

import { contentCollection } from '../src/content/content-collection'
import { layoutField } from '../src/fields/layout'
import { slugField } from '../src/fields/slug'
import { productField } from '../src/fields/taxonomy'

/** Official-website introduction and page copy per product, composed of standard components per locale. */
export const ProductCopy: CollectionConfig<'product-copy'> = contentCollection({
  slug: 'product-copy',
  labels: { singular: 'Product copy', plural: 'Product copy' },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField(),
    productField(true),
    {
      name: 'page',
      type: 'select',
      required: true,
      defaultValue: 'introduction',
      options: ['introduction', 'home', 'features', 'pricing', 'solutions', 'about'].map((value) => ({ value, label: value[0].toUpperCase() + value.slice(1) })),
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    layoutField(),
  ],
}) as CollectionConfig<'product-copy'>
