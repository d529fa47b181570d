import { escapeHtml } from '../../render/escape'
import { heading, spaced } from './html'
import { mediaImage } from './media'
import { richTextHtml } from './rich-text-html'
import { richTextText } from './rich-text-text'
import { textBlocks, textHeading } from './text'
import type { EmailEnv, EmailPart, NewsletterItem } from './types'

/** A guide's steps, numbered: title, instructions and screenshot of each. */
export const stepsEmail = (steps: NewsletterItem['steps'], env: EmailEnv): EmailPart[] =>
  (steps ?? [])
    .filter((step) => step.title)
    .map((step, i) => {
      const title = `${i + 1}. ${step.title}`
      return {
        html: heading(2, escapeHtml(title)) + richTextHtml(step.body, env) + spaced(mediaImage(step.image, env)),
        text: textBlocks(textHeading(title), richTextText(step.body, env)),
      }
    })
