import type { Block } from 'payload'

/** Free-form copy. Uses the editor configured in payload.config.ts, so features stay in one place. */
export const RichText: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Rich text', plural: 'Rich text' },
  fields: [{ name: 'content', type: 'richText', required: true }],
}
