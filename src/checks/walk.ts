import type { Block, Field, UploadField } from 'payload'

/** Where a value sits, for messages: `layout[2] Hero` + `image`, `steps[1].body`. */
export type Where = { prefix: string; path: string }

export const placeName = ({ prefix, path }: Where): string => [prefix, path].filter(Boolean).join(' ')

const child = (at: Where, name: string): Where => ({ ...at, path: at.path ? `${at.path}.${name}` : name })
const row = (at: Where, index: number): Where => ({ ...at, path: `${at.path}[${index}]` })

export type Row = Record<string, unknown>

export type Visitor = {
  upload?: (value: unknown, at: Where, field: UploadField, siblings: Row, blockSlug: string | null) => void
  richText?: (value: unknown, at: Where) => void
  /** Called for every row of a blocks field; return false to not look inside it. */
  block?: (data: Row, at: Where, block: Block) => boolean | void
}

/**
 * Groups that describe the document rather than show on it: the SEO plugin's `meta` (its image is a
 * social-share card, not part of the page).
 */
const SKIPPED_GROUPS = new Set(['meta'])

const blockLabel = (block: Block): string => {
  const singular = block.labels?.singular
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object') return singular.en ?? Object.values(singular)[0] ?? block.slug
  return block.slug
}

/**
 * Walks a document (one locale, as read) along its schema, calling the visitor for uploads, rich
 * text and blocks. Reading the schema rather than the known field names means a new block or field
 * with an image or links is checked without touching this module.
 */
export const walkFields = (fields: Field[], data: Row, visit: Visitor, at: Where = { prefix: '', path: '' }, blockSlug: string | null = null): void => {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name))) {
      walkFields(field.fields, data, visit, at, blockSlug)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const named = 'name' in tab && tab.name
        const value = named ? data[tab.name as string] : data
        if (value && typeof value === 'object') walkFields(tab.fields, value as Row, visit, named ? child(at, tab.name as string) : at, blockSlug)
      }
      continue
    }
    if (!('name' in field) || !field.name) continue
    const value = data[field.name]
    if (value === null || value === undefined) continue
    const here = child(at, field.name)
    if (field.type === 'upload' && !Array.isArray(field.relationTo) && !field.hasMany) visit.upload?.(value, here, field, data, blockSlug)
    else if (field.type === 'richText') visit.richText?.(value, here)
    else if (field.type === 'group' && !SKIPPED_GROUPS.has(field.name) && typeof value === 'object')
      walkFields(field.fields, value as Row, visit, here, blockSlug)
    else if (field.type === 'array' && Array.isArray(value))
      value.forEach((item, i) => item && typeof item === 'object' && walkFields(field.fields, item as Row, visit, row(here, i), blockSlug))
    else if (field.type === 'blocks' && Array.isArray(value))
      value.forEach((item, i) => {
        const block = field.blocks.find((b) => b.slug === (item as Row | null)?.blockType)
        if (!block) return
        const blockAt: Where = { prefix: `${placeName(row(here, i))} ${blockLabel(block)}`, path: '' }
        if (visit.block?.(item as Row, blockAt, block) === false) return
        walkFields(block.fields, item as Row, visit, blockAt, block.slug)
      })
  }
}
