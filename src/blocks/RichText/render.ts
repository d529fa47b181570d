import type { SerializedAutoLinkNode, SerializedLinkNode, SerializedUploadNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'

import { blockClass, type BlockBase } from '../../render/block'
import { linkHref, type RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { attrs } from '../../render/html'
import { populatedMedia, renderImage, type MediaDoc } from '../../render/image'

export type RichTextBlockData = BlockBase<'richText'> & {
  // Loose on purpose: the generated type of a richText field is not assignable to lexical's own.
  content?: { root: object } | null
}

/** Where a link points: the custom URL, or an internal link's populated document when it has a `url`. */
const linkTarget = (node: SerializedLinkNode | SerializedAutoLinkNode): string | null => {
  if (node.fields.linkType !== 'internal') return node.fields.url ?? null
  const value = node.fields.doc?.value
  return value && typeof value === 'object' && typeof value.url === 'string' ? value.url : null
}

/**
 * Payload's converters with three replaced: links go through `linkHref` (safe URL, baseUrl,
 * rewriteLink), uploads through our `renderImage` (lazy, srcset, alt), and nodes we have no converter
 * for (blocks inside rich text) render nothing instead of "unknown node".
 */
const converters = (ctx: RenderContext): HTMLConverters => {
  const link = ({ node, nodesToHTML }: { node: SerializedLinkNode | SerializedAutoLinkNode; nodesToHTML: (a: { nodes: SerializedLinkNode['children'] }) => string[] }) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const target = linkTarget(node)
    // An internal link we cannot resolve stays readable text rather than a dead `#` link.
    if (target === null) return children
    const newTab = node.fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {}
    return `<a${attrs({ href: linkHref(target, ctx), ...newTab })}>${children}</a>`
  }
  return {
    ...defaultHTMLConverters,
    link,
    autolink: link,
    upload: ({ node }: { node: SerializedUploadNode }) => {
      const doc = populatedMedia(node.value as MediaDoc | number | string)
      if (!doc?.url) return ''
      if (doc.mimeType && !doc.mimeType.startsWith('image/')) {
        const name = doc.filename || doc.alt || doc.url
        return `<a${attrs({ href: linkHref(doc.url, ctx) })}>${escapeHtml(name)}</a>`
      }
      const alt = typeof node.fields?.alt === 'string' ? node.fields.alt : undefined
      return renderImage(doc, ctx, { alt })
    },
    // A function, not '': an empty string is falsy and the library would fall back to "unknown node".
    unknown: () => '',
  }
}

export const renderRichText = (block: RichTextBlockData, ctx: RenderContext = {}): string => {
  if (!block.content?.root) return ''
  return convertLexicalToHTML({
    // One cast: the stored JSON is lexical's serialized state (see the type above).
    data: block.content as unknown as SerializedEditorState,
    converters: converters(ctx),
    className: blockClass(block.blockType),
  })
}
