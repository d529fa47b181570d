import type { SerializedAutoLinkNode, SerializedLinkNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

import { populatedMedia, type MediaDoc } from '../../render/image'

// What the HTML and the text converters of rich text both need, so a link gets the same URL and
// label (and so the same tracked link) in both parts.

/** The visible text of some nodes, e.g. a link's label. */
export const nodesText = (nodes: readonly SerializedLexicalNode[] | undefined): string =>
  (nodes ?? [])
    .map((node) => {
      const n = node as SerializedLexicalNode & { text?: unknown; children?: SerializedLexicalNode[] }
      if (typeof n.text === 'string') return n.text
      return n.type === 'linebreak' ? ' ' : nodesText(n.children)
    })
    .join('')

/**
 * Where a link points: the custom URL, or an internal link's populated document when it has a
 * `url` (as src/blocks/RichText/render.ts reads it). Null: render the label without a link.
 */
export const linkTarget = (node: SerializedLinkNode | SerializedAutoLinkNode): string | null => {
  if (node.fields.linkType !== 'internal') return node.fields.url ?? null
  const value = node.fields.doc?.value
  return value && typeof value === 'object' && typeof value.url === 'string' ? value.url : null
}

/** An upload node's populated media document with a URL; null for an id or a missing file. */
export const uploadDoc = (node: SerializedUploadNode): MediaDoc | null => {
  const doc = populatedMedia(node.value as MediaDoc | number | string)
  return doc?.url ? doc : null
}

export const isImage = (doc: MediaDoc): boolean => !doc.mimeType || doc.mimeType.startsWith('image/')

/** What a file link says: its file name, else its alt text, else its URL. */
export const fileLabel = (doc: MediaDoc): string => doc.filename || doc.alt || doc.url || ''
