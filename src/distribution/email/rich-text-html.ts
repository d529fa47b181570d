import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML, defaultHTMLConverters, type HTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { escapeHtml } from '../../render/escape'
import { attrs } from '../../render/html'
import { anchor, spaced } from './html'
import { fileLabel, isImage, linkTarget, nodesText, uploadDoc } from './lexical'
import { mediaImage } from './media'
import { STYLES } from './styles'
import type { EmailEnv } from './types'

type LinkArgs = {
  node: SerializedLinkNode | SerializedAutoLinkNode
  nodesToHTML: (args: { nodes: SerializedLinkNode['children'] }) => string[]
}

/**
 * Payload's Lexical-to-HTML conversion (as the RichText block uses it) with email converters for
 * every element: each writes an inline style instead of a class, links go through the email's link
 * rewriting, uploads become email images. Only Payload's text, line-break and tab converters are
 * kept; nodes without a converter here (tables, relationships, blocks inside rich text) render
 * nothing rather than "unknown node".
 */
const converters = (env: EmailEnv): HTMLConverters => {
  // Text alignment and indentation from the editor, as Payload computes them (`providedCSSString`).
  const styled = (base: string, extra: string) => attrs({ style: base + extra })
  const link = ({ node, nodesToHTML }: LinkArgs) => {
    const children = nodesToHTML({ nodes: node.children }).join('')
    const target = linkTarget(node)
    return target === null ? children : anchor(env.link(target, nodesText(node.children)), children)
  }
  return {
    text: (args) => {
      const html = typeof defaultHTMLConverters.text === 'function' ? defaultHTMLConverters.text(args) : ''
      return html.replace('<code>', `<code${attrs({ style: STYLES.code })}>`)
    },
    linebreak: defaultHTMLConverters.linebreak,
    tab: defaultHTMLConverters.tab,
    paragraph: ({ node, nodesToHTML, providedCSSString }) =>
      `<p${styled(STYLES.p, providedCSSString)}>${nodesToHTML({ nodes: node.children }).join('') || '&nbsp;'}</p>`,
    heading: ({ node, nodesToHTML, providedCSSString }) => {
      // The item title is the only <h1>; headings in the copy start one level below it.
      const level = Math.min(Math.max(Number(node.tag.slice(1)) || 2, 2), 3) as 2 | 3
      return `<h${level}${styled(STYLES[`h${level}`], providedCSSString)}>${nodesToHTML({ nodes: node.children }).join('')}</h${level}>`
    },
    list: ({ node, nodesToHTML, providedCSSString }) => {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      const style = node.listType === 'check' ? `${STYLES.list}list-style-type:none;` : STYLES.list
      return `<${tag}${styled(style, providedCSSString)}>${nodesToHTML({ nodes: node.children }).join('')}</${tag}>`
    },
    listitem: ({ node, nodesToHTML, parent }) => {
      const nested = node.children.some((child) => child.type === 'list')
      const check = 'listType' in parent && parent.listType === 'check' ? (node.checked ? '☑ ' : '☐ ') : ''
      const style = nested ? `${STYLES.listItem}list-style-type:none;` : STYLES.listItem
      return `<li${attrs({ style })}>${nested ? '' : check}${nodesToHTML({ nodes: node.children }).join('')}</li>`
    },
    quote: ({ node, nodesToHTML }) =>
      `<blockquote${attrs({ style: STYLES.quote })}>${nodesToHTML({ nodes: node.children }).join('')}</blockquote>`,
    horizontalrule: `<hr${attrs({ style: STYLES.hr })}>`,
    link,
    autolink: link,
    upload: ({ node }) => {
      const doc = uploadDoc(node)
      if (!doc) return ''
      if (!isImage(doc)) return `<p${attrs({ style: STYLES.p })}>${anchor(env.link(doc.url, fileLabel(doc)), escapeHtml(fileLabel(doc)))}</p>`
      const alt = typeof node.fields?.alt === 'string' ? node.fields.alt : undefined
      return spaced(mediaImage(doc, env, { alt }))
    },
    // A function, not '': an empty string is falsy and the library would fall back to "unknown node".
    unknown: () => '',
  }
}

/** Email HTML of a rich text field's value; empty when it has no text. */
export const richTextHtml = (content: { root: object } | null | undefined, env: EmailEnv): string =>
  content?.root
    ? convertLexicalToHTML({
        // One cast, as in src/blocks/RichText/render.ts: the stored JSON is lexical's serialized state.
        data: content as unknown as SerializedEditorState,
        converters: converters(env),
        disableContainer: true,
      })
    : ''
