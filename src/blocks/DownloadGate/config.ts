import type { ArrayFieldValidation, Block } from 'payload'
import { array } from 'payload/shared'

import { mediaUpload, textWith } from '../fields'

/** Names the form itself sends; an editor's field must not shadow them. */
export const RESERVED_FIELD_NAMES = ['assetId', 'consent']

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/

const fieldNameProblem = (name: string): string | null => {
  if (!FIELD_NAME.test(name)) return 'Start with a letter; use letters, digits and _ only (e.g. jobTitle).'
  if (RESERVED_FIELD_NAMES.includes(name)) return `"${name}" is used by the form itself; choose another name.`
  return null
}

// Two inputs with one name would make the lead's data ambiguous. Payload's own array checks
// (min/max rows) still run first: a custom validate replaces them otherwise.
const uniqueFieldNames: ArrayFieldValidation = async (value, options) => {
  const base = await array(value, options)
  if (base !== true) return base
  const names = (value ?? []).map((row) => (row as { name?: string }).name).filter(Boolean)
  const duplicate = names.find((name, i) => names.indexOf(name) !== i)
  return duplicate ? `Two fields are named "${duplicate}"; names must be unique.` : true
}

/**
 * A gated white paper: a lead form that posts to /v1/leads with the asset's id. The page never
 * links to the file itself; the lead endpoint sends it.
 */
export const DownloadGate: Block = {
  slug: 'downloadGate',
  // Short table names: nested arrays in versioned, localized collections pass PostgreSQL's 63-character identifier limit.
  // (A function: a plain string would name one table shared by every collection using the block.)
  dbName: ({ tableName }) => `${tableName}_gate`,
  interfaceName: 'DownloadGateBlock',
  labels: { singular: 'Download gate', plural: 'Download gates' },
  fields: [
    { name: 'heading', type: 'text', required: true, maxLength: 160 },
    { name: 'text', type: 'textarea', maxLength: 1000 },
    mediaUpload('asset', {
      required: true,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
      admin: { description: 'The gated PDF. It is never linked from the page.' },
    }),
    {
      name: 'formFields',
      dbName: ({ tableName }) => `${tableName}_f`,
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 12,
      validate: uniqueFieldNames,
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 40,
          validate: textWith(fieldNameProblem),
          admin: { description: 'Key in the lead’s data, e.g. email, company, jobTitle.' },
        },
        { name: 'label', type: 'text', required: true, maxLength: 120 },
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'text',
          options: [
            { label: 'Text', value: 'text' },
            { label: 'Email', value: 'email' },
            { label: 'Phone', value: 'tel' },
            { label: 'Choice (select)', value: 'select' },
          ],
        },
        { name: 'required', type: 'checkbox', defaultValue: false },
        {
          name: 'options',
          dbName: ({ tableName }) => `${tableName}_o`,
          type: 'array',
          maxRows: 50,
          admin: { condition: (_, siblingData) => siblingData?.type === 'select' },
          fields: [
            { name: 'label', type: 'text', required: true, maxLength: 120 },
            { name: 'value', type: 'text', maxLength: 120, admin: { description: 'Sent with the lead; defaults to the label.' } },
          ],
        },
      ],
    },
    { name: 'submitLabel', type: 'text', required: true, defaultValue: 'Download', maxLength: 60 },
    {
      name: 'consentText',
      type: 'textarea',
      maxLength: 1000,
      admin: { description: 'When set, the form shows a checkbox with this text that must be ticked.' },
    },
  ],
}
