/**
 * How big an edit is, for "publish a small edit" (src/workflow/small-edit.ts): the document's text
 * before and after, compared by their common prefix and suffix. Pure, unit-tested
 * (test/unit/workflow-edit-size.test.ts).
 */

/** Keys that are bookkeeping, not content: ids, timestamps, the workflow's own fields, derived output. */
const NOT_CONTENT = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'workflowState',
  'workflowComment',
  'workflowLog',
  'publishAt',
  'unpublishAt',
  'reviewPriority',
  'html',
  'linkReport',
])

type Json = unknown

/** Lexical rich text (`{ root: { children } }`): only its text, one line per block. */
const isRichText = (value: Json): value is { root: { children?: Json[] } } =>
  typeof value === 'object' && value !== null && 'root' in value && typeof (value as { root: unknown }).root === 'object'

const richText = (node: Json): string => {
  if (!node || typeof node !== 'object') return ''
  const n = node as { text?: unknown; children?: Json[] }
  if (typeof n.text === 'string') return n.text
  return (n.children ?? []).map(richText).join((n as { type?: string }).type === 'root' ? '\n' : '')
}

/**
 * The document as plain text: every text, number and choice in a stable order (keys sorted), rich text
 * reduced to its words. Formatting-only changes of rich text do not count; a changed title, slug or
 * paragraph does, character by character.
 */
export const contentText = (doc: Json, key?: string): string => {
  if (doc === null || doc === undefined) return ''
  if (typeof doc === 'string') return doc
  if (typeof doc === 'number' || typeof doc === 'boolean') return String(doc)
  if (Array.isArray(doc)) return doc.map((item) => contentText(item, key)).filter(Boolean).join('\n')
  if (isRichText(doc)) return richText(doc.root)
  if (typeof doc !== 'object') return ''
  return Object.keys(doc as Record<string, Json>)
    .filter((k) => !NOT_CONTENT.has(k))
    .sort()
    .map((k) => contentText((doc as Record<string, Json>)[k], k))
    .filter(Boolean)
    .join('\n')
}

/**
 * Characters changed between two texts: the longer one's length minus the common prefix and the
 * common suffix (not overlapping the prefix). A replacement of n characters by n others counts n.
 */
export const changedChars = (before: string, after: string): number => {
  const a = Array.from(before)
  const b = Array.from(after)
  const shortest = Math.min(a.length, b.length)
  let prefix = 0
  while (prefix < shortest && a[prefix] === b[prefix]) prefix++
  let suffix = 0
  while (suffix < shortest - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++
  return Math.max(a.length, b.length) - prefix - suffix
}
