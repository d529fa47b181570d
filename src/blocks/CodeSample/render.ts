import { blockClass, type BlockBase } from '../../render/block'
import type { RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { attrs } from '../../render/html'
import { CODE_LANGUAGES } from './config'

export type CodeSampleBlockData = BlockBase<'codeSample'> & {
  language?: string | null
  code?: string | null
  caption?: string | null
}

const KNOWN_LANGUAGES = new Set(CODE_LANGUAGES.map((l) => l.value))

export const renderCodeSample = (block: CodeSampleBlockData, _ctx: RenderContext = {}): string => {
  // Leading blank lines and trailing whitespace only: indentation of the first line is meaningful.
  const code = (block.code ?? '').replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()
  if (!code) return ''
  const base = blockClass(block.blockType)
  // The language becomes a class name, so only values from the select list get through.
  const language = block.language && KNOWN_LANGUAGES.has(block.language) ? block.language : 'plaintext'
  // tabindex="0": long lines scroll sideways, and keyboard users need focus to scroll
  // (https://dequeuniversity.com/rules/axe/4.10/scrollable-region-focusable).
  return (
    `<figure class="${base}">` +
    `<pre${attrs({ class: `${base}__pre`, tabindex: '0' })}><code class="language-${language}">${escapeHtml(code)}</code></pre>` +
    (block.caption ? `<figcaption class="${base}__caption">${escapeHtml(block.caption)}</figcaption>` : '') +
    `</figure>`
  )
}
