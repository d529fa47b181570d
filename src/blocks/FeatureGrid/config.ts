import type { Block } from 'payload'

import { textWith } from '../fields'

/** A grid of product features, each with an icon from the site's icon set. */
export const FeatureGrid: Block = {
  slug: 'featureGrid',
  interfaceName: 'FeatureGridBlock',
  labels: { singular: 'Feature grid', plural: 'Feature grids' },
  fields: [
    { name: 'heading', type: 'text', maxLength: 160 },
    {
      name: 'columns',
      type: 'select',
      required: true,
      defaultValue: '3',
      options: ['2', '3', '4'],
      admin: { description: 'Columns on wide screens; narrow screens always show one.' },
    },
    {
      name: 'features',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 24,
      fields: [
        {
          name: 'icon',
          type: 'text',
          maxLength: 40,
          // The name becomes a class and data attribute, so keep it to what CSS and icon sets use.
          validate: textWith((v) => (/^[a-z0-9-]+$/.test(v) ? null : 'Use the icon’s name: lowercase letters, digits and dashes.')),
          admin: { description: 'Icon name from the site’s icon set, e.g. "chart-line".' },
        },
        { name: 'title', type: 'text', required: true, maxLength: 120 },
        { name: 'text', type: 'textarea', maxLength: 600 },
      ],
    },
  ],
}
