import type { FieldHook, TextField } from 'payload'

/** Lower-case, ASCII, dash-separated; keeps CJK titles usable by falling back to the id-less stem. */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

const formatSlug =
  (source: string): FieldHook =>
  ({ value, data, originalDoc }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const from = data?.[source] ?? originalDoc?.[source]
    return typeof from === 'string' ? slugify(from) || undefined : value
  }

/** A unique, indexed, URL-safe slug filled from `source` when left empty. */
export const slugField = (source = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  unique: true,
  index: true,
  required: true,
  maxLength: 96,
  validate: (value: unknown) =>
    typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : 'Use lower-case letters, digits and dashes',
  hooks: { beforeValidate: [formatSlug(source)] },
  admin: { position: 'sidebar', description: `Filled from the ${source} when left empty.` },
})
