import type { HeroBlockData } from '../../../blocks/Hero/render'
import { escapeHtml } from '../../../render/escape'
import { heading, paragraphs, spaced } from '../html'
import { mediaImage } from '../media'
import { textBlocks, textHeading, textParagraphs } from '../text'
import type { EmailEnv, EmailPart } from '../types'
import { ctaPart } from './call-to-action'

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** Heading (unless it repeats the item's title), subheading, image and both calls to action as buttons. */
export const heroEmail = (block: HeroBlockData, env: EmailEnv): EmailPart => {
  const title = block.heading && !same(block.heading, env.title) ? block.heading : ''
  const primary = ctaPart(block.primaryCta, env, 'primary')
  const secondary = ctaPart(block.secondaryCta, env, 'secondary')
  return {
    html:
      heading(2, escapeHtml(title)) +
      paragraphs(block.subheading) +
      spaced(mediaImage(block.image, env)) +
      primary.html +
      secondary.html,
    text: textBlocks(textHeading(title), textParagraphs(block.subheading), primary.text, secondary.text),
  }
}
