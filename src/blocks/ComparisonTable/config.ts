import type { Block } from 'payload'

/** Us versus them, or plan versus plan: features down the side, one column per product. */
export const ComparisonTable: Block = {
  slug: 'comparisonTable',
  // Short table names: nested arrays in versioned, localized collections pass PostgreSQL's 63-character identifier limit.
  // (A function: a plain string would name one table shared by every collection using the block.)
  dbName: ({ tableName }) => `${tableName}_cmp`,
  interfaceName: 'ComparisonTableBlock',
  labels: { singular: 'Comparison table', plural: 'Comparison tables' },
  fields: [
    {
      name: 'heading',
      type: 'text',
      required: true,
      maxLength: 160,
      admin: { description: 'Becomes the table’s caption, which screen readers announce with the table.' },
    },
    {
      name: 'columns',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 6,
      fields: [{ name: 'name', type: 'text', required: true, maxLength: 80 }],
    },
    {
      name: 'rows',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 60,
      fields: [
        { name: 'feature', type: 'text', required: true, maxLength: 160 },
        {
          name: 'values',
          type: 'array',
          maxRows: 6,
          admin: { description: 'One per column, in the same order.' },
          fields: [{ name: 'value', type: 'text', maxLength: 160 }],
        },
      ],
    },
  ],
}
