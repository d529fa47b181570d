import type { TestimonialBlockData } from '../../../blocks/Testimonial/render'
import { escapeHtml } from '../../../render/escape'
import { attrs } from '../../../render/html'
import { paragraphs } from '../html'
import { STYLES } from '../styles'
import { TEXT_WIDTH, textParagraphs } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

/** The quote with a coloured rule at its side and the attribution below it. The photo is left out. */
export const testimonialEmail = (block: TestimonialBlockData, _env: EmailEnv): EmailPart => {
  if (!block.quote) return EMPTY_PART
  const author = [block.authorName, [block.role, block.company].filter(Boolean).join(', ')].filter(Boolean).join(', ')
  const quoteStyle = `${STYLES.p}font-style:italic;`
  return {
    html:
      `<blockquote${attrs({ style: STYLES.quote })}>${paragraphs(block.quote, quoteStyle)}` +
      (author ? `<p${attrs({ style: STYLES.muted })}>— ${escapeHtml(author)}</p>` : '') +
      `</blockquote>`,
    text:
      textParagraphs(block.quote, TEXT_WIDTH - 2)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n') + (author ? `\n> — ${author}` : ''),
  }
}
