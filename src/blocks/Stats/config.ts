import type { Block } from 'payload'

/** Headline numbers ("40% faster onboarding"). Values are numbers so they format per locale. */
export const Stats: Block = {
  slug: 'stats',
  interfaceName: 'StatsBlock',
  labels: { singular: 'Stats', plural: 'Stats' },
  fields: [
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 8,
      fields: [
        { name: 'value', type: 'number', required: true },
        { name: 'suffix', type: 'text', maxLength: 12, admin: { description: 'Shown after the value: %, +, x, k…' } },
        { name: 'label', type: 'text', required: true, maxLength: 120 },
      ],
    },
  ],
}
