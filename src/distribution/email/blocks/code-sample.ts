import type { CodeSampleBlockData } from '../../../blocks/CodeSample/render'
import { escapeHtml } from '../../../render/escape'
import { attrs } from '../../../render/html'
import { STYLES } from '../styles'
import { textBlocks, textParagraphs } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

/**
 * A <pre> with its styles inline and long lines wrapped (a mail cannot scroll sideways).
 * In the text part the code is indented by four spaces and never re-wrapped.
 */
export const codeSampleEmail = (block: CodeSampleBlockData, _env: EmailEnv): EmailPart => {
  // Leading blank lines and trailing whitespace only, as on the site: first-line indentation matters.
  const code = (block.code ?? '').replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd().replace(/\r\n/g, '\n')
  if (!code) return EMPTY_PART
  return {
    html:
      `<pre${attrs({ style: STYLES.pre })}>${escapeHtml(code)}</pre>` +
      (block.caption ? `<p${attrs({ style: STYLES.muted })}>${escapeHtml(block.caption)}</p>` : ''),
    text: textBlocks(code.split('\n').map((line) => (line ? `    ${line}` : '')).join('\n'), textParagraphs(block.caption)),
  }
}
