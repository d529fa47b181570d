import type { FAQBlockData } from '../../../blocks/FAQ/render'
import { escapeHtml } from '../../../render/escape'
import { attrs } from '../../../render/html'
import { paragraphs } from '../html'
import { STYLES } from '../styles'
import { textBlocks, textParagraphs, wrap } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

/** Questions in bold, each followed by its answer: <details> does not open in mail clients. */
export const faqEmail = (block: FAQBlockData, _env: EmailEnv): EmailPart => {
  const items = (block.items ?? []).filter((item) => item.question)
  if (!items.length) return EMPTY_PART
  return {
    html: items
      .map((item) => `<p${attrs({ style: `${STYLES.p}margin-bottom:4px;font-weight:bold;` })}>${escapeHtml(item.question)}</p>` + paragraphs(item.answer))
      .join(''),
    text: textBlocks(
      ...items.map((item) => [wrap(`Q: ${item.question}`), textParagraphs(item.answer?.trim() ? `A: ${item.answer.trim()}` : '')].filter(Boolean).join('\n')),
    ),
  }
}
