import type { FeatureGridBlockData } from '../../../blocks/FeatureGrid/render'
import { escapeHtml } from '../../../render/escape'
import { heading, paragraphs } from '../html'
import { textBlocks, textHeading, textParagraphs } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

/**
 * Features one below the other: columns break in half the clients and are unreadable on phones.
 * Icons are left out; the site draws them with an icon font that mail clients do not load.
 */
export const featureGridEmail = (block: FeatureGridBlockData, _env: EmailEnv): EmailPart => {
  const features = (block.features ?? []).filter((f) => f.title || f.text)
  if (!features.length) return EMPTY_PART
  return {
    html:
      heading(2, escapeHtml(block.heading ?? '')) +
      features.map((f) => heading(3, escapeHtml(f.title ?? '')) + paragraphs(f.text)).join(''),
    text: textBlocks(
      textHeading(block.heading ?? ''),
      // Each title directly above its text, so the features read as a list of pairs.
      ...features.map((f) => [textHeading(f.title ?? '', 3), textParagraphs(f.text)].filter(Boolean).join('\n')),
    ),
  }
}
