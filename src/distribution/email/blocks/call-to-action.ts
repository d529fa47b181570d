import type { CallToActionBlockData } from '../../../blocks/CallToAction/render'
import { escapeHtml } from '../../../render/escape'
import type { LinkData } from '../../../render/link'
import { button, heading, paragraphs } from '../html'
import { textAction, textBlocks, textHeading, textParagraphs } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

/** A call to action as a bulletproof button and as `label (url)`; nothing without a label and URL. */
export const ctaPart = (link: LinkData | null | undefined, env: EmailEnv, look: 'primary' | 'secondary' = 'primary'): EmailPart => {
  const label = link?.label?.trim()
  const href = label && link?.url ? env.link(link.url, label) : null
  if (!label || !href) return EMPTY_PART
  return { html: button(href, label, look), text: textAction(label, href) }
}

export const callToActionEmail = (block: CallToActionBlockData, env: EmailEnv): EmailPart => {
  const cta = ctaPart(block.button, env, block.style === 'secondary' ? 'secondary' : 'primary')
  return {
    html: heading(2, escapeHtml(block.heading ?? '')) + paragraphs(block.text) + cta.html,
    text: textBlocks(textHeading(block.heading ?? ''), textParagraphs(block.text), cta.text),
  }
}
