import type { RichTextBlock } from '../../payload-types'

/**
 * Builders for the Lexical JSON that richText fields store, so demo copy reads as prose:
 * `richText(h2('Why'), p('Because ', link('https://example.com/docs', 'the docs'), '.'))`.
 * Shapes follow @payloadcms/richtext-lexical's serialized nodes (paragraph, heading, list, link).
 */
export type RichText = RichTextBlock['content']

type Node = { type: string; version: number; [key: string]: unknown }
/** A string is plain text; anything else is a node from the builders below (`strong`, `link`). */
type Inline = string | Node

const text = (value: string, format = 0): Node => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })

const inline = (parts: Inline[]): Node[] => parts.map((part) => (typeof part === 'string' ? text(part) : part))

const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

// Lexical's text format bits: 1 bold, 16 code.
export const strong = (value: string): Node => text(value, 1)

export const code = (value: string): Node => text(value, 16)

export const link = (url: string, label: string): Node => ({
  ...element('link', [text(label)]),
  fields: { linkType: 'custom', url, newTab: false },
  version: 3,
})

export const p = (...parts: Inline[]): Node => element('paragraph', inline(parts), { textFormat: 0 })

export const h2 = (value: string): Node => element('heading', [text(value)], { tag: 'h2' })

export const h3 = (value: string): Node => element('heading', [text(value)], { tag: 'h3' })

/** A bulleted list; each item is one line of inline parts or a plain string. */
export const ul = (...items: (Inline | Inline[])[]): Node =>
  element(
    'list',
    items.map((item, i) => element('listitem', inline(Array.isArray(item) ? item : [item]), { value: i + 1 })),
    { listType: 'bullet', tag: 'ul', start: 1 },
  )

export const richText = (...children: Node[]): RichText => ({
  root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
})
