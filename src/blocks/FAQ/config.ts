import type { Block } from 'payload'

/** Questions and answers, each collapsible. */
export const FAQ: Block = {
  slug: 'faq',
  interfaceName: 'FAQBlock',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  fields: [
    {
      name: 'items',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 40,
      fields: [
        { name: 'question', type: 'text', required: true, maxLength: 240 },
        { name: 'answer', type: 'textarea', required: true, maxLength: 3000 },
      ],
    },
  ],
}
