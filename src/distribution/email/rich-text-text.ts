import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import type { SerializedEditorState, SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext, type PlaintextConverters } from '@payloadcms/richtext-lexical/plaintext'

import { fileLabel, isImage, linkTarget, nodesText, uploadDoc } from './lexical'
import { hanging, TEXT_WIDTH, textHeading, textLink, wrap } from './text'
import type { EmailEnv } from './types'

type Nodes = (args: { nodes: SerializedLexicalNode[] }) => string[]

// Block-level converters end their text with a blank line; `richTextText` trims the last one.
const BLOCK_END = '\n\n'

/**
 * Payload's Lexical-to-plaintext conversion with converters that lay the text out for a mail:
 * wrapped paragraphs, underlined headings, `- ` and `1. ` lists, `> ` quotes, and links as
 * `label (url)` with the same rewritten URL as the HTML part.
 */
const converters = (env: EmailEnv): PlaintextConverters => {
  const link = ({ node, nodesToPlaintext }: { node: SerializedLinkNode | SerializedAutoLinkNode; nodesToPlaintext: Nodes }) => {
    const children = nodesToPlaintext({ nodes: node.children }).join('')
    const target = linkTarget(node)
    return target === null ? children : textLink(children, env.link(target, nodesText(node.children)))
  }
  return {
    text: ({ node }) => node.text,
    linebreak: '\n',
    tab: ' ',
    paragraph: ({ node, nodesToPlaintext }) => wrap(nodesToPlaintext({ nodes: node.children }).join('')) + BLOCK_END,
    heading: ({ node, nodesToPlaintext }) =>
      textHeading(nodesToPlaintext({ nodes: node.children }).join(''), node.tag === 'h1' || node.tag === 'h2' ? 2 : 3) + BLOCK_END,
    list: ({ node, nodesToPlaintext }) => nodesToPlaintext({ nodes: node.children }).join('') + '\n',
    listitem: ({ node, nodesToPlaintext, parent }) => {
      const listType = 'listType' in parent ? parent.listType : 'bullet'
      const marker = listType === 'number' ? `${node.value}. ` : listType === 'check' ? (node.checked ? '[x] ' : '[ ] ') : '- '
      const inline = nodesToPlaintext({ nodes: node.children.filter((child) => child.type !== 'list') }).join('').trim()
      const nested = nodesToPlaintext({ nodes: node.children.filter((child) => child.type === 'list') })
        .join('')
        .trimEnd()
        .split('\n')
        .filter(Boolean)
        .map((line) => `  ${line}`)
        .join('\n')
      return [inline && hanging(inline, marker), nested].filter(Boolean).join('\n') + '\n'
    },
    quote: ({ node, nodesToPlaintext }) =>
      wrap(nodesToPlaintext({ nodes: node.children }).join(''), TEXT_WIDTH - 2)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n') + BLOCK_END,
    horizontalrule: '---' + BLOCK_END,
    link,
    autolink: link,
    upload: ({ node }) => {
      const doc = uploadDoc(node)
      // Images have no place in plain text; a file is a link to it.
      if (!doc || isImage(doc)) return ''
      return textLink(fileLabel(doc), env.link(doc.url, fileLabel(doc))) + BLOCK_END
    },
  }
}

/** The plain text of a rich text field's value; empty when it has no text. */
export const richTextText = (content: { root: object } | null | undefined, env: EmailEnv): string =>
  content?.root
    ? convertLexicalToPlaintext({ data: content as unknown as SerializedEditorState, converters: converters(env) })
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : ''
