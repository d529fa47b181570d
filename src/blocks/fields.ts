import type { GroupField, TextFieldSingleValidation, UploadField } from 'payload'
import { text } from 'payload/shared'

import { safeUrl } from '../render/escape'

/**
 * A text validation that keeps Payload's own checks (required, maxLength) and adds one.
 * "When using custom validation functions, Payload will use yours in place of the default"
 * (https://payloadcms.com/docs/fields/overview#validation), hence the chain through `text`.
 */
export const textWith =
  (problem: (value: string) => string | null): TextFieldSingleValidation =>
  async (value, options) => {
    const base = await text(value, options)
    if (base !== true) return base
    return value ? (problem(value) ?? true) : true
  }

/** Refuses what the renderer would turn into `#`, so the editor learns at save time, not on the page. */
export const linkUrlProblem = (url: string): string | null =>
  safeUrl(url) === '#' && url.trim() !== '#'
    ? 'Use an http(s):// address, mailto:, tel: or a path starting with /.'
    : null

/** `{ label, url }` for a call to action. A label without a URL is refused; neither means no button. */
export const linkGroup = (name: string, label: string, { required = false } = {}): GroupField => ({
  name,
  label,
  type: 'group',
  fields: [
    { name: 'label', type: 'text', required, maxLength: 80 },
    {
      name: 'url',
      type: 'text',
      required,
      maxLength: 2048,
      validate: (async (value, options) => {
        const sibling = options.siblingData as { label?: string | null } | undefined
        if (!value && sibling?.label) return 'A button with a label needs a URL.'
        return textWith(linkUrlProblem)(value, options)
      }) satisfies TextFieldSingleValidation,
    },
  ],
})

type SingleUploadField = Exclude<UploadField, { relationTo: unknown[] }>

/** A single upload into the `media` collection. */
export const mediaUpload = (
  name: string,
  overrides: Partial<Pick<SingleUploadField, 'label' | 'required' | 'filterOptions' | 'admin'>> = {},
): SingleUploadField => ({ name, type: 'upload', relationTo: 'media', ...overrides })
