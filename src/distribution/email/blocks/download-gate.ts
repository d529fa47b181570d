import type { DownloadGateBlockData } from '../../../blocks/DownloadGate/render'
import { blockDomId } from '../../../render/block'
import { escapeHtml } from '../../../render/escape'
import { mediaId } from '../../../render/image'
import { button, heading, paragraphs } from '../html'
import { textAction, textBlocks, textHeading, textParagraphs } from '../text'
import type { EmailEnv, EmailPart } from '../types'

/**
 * A form cannot be filled in a mail: the gate becomes a button to the form on the item's page,
 * scrolled to the gate's heading (its id is the one src/blocks/DownloadGate/render.ts writes).
 * Without an asset the site shows no form, and the mail no button.
 */
export const downloadGateEmail = (block: DownloadGateBlockData, env: EmailEnv): EmailPart => {
  const label = block.submitLabel?.trim() || env.labels.download
  const anchored = block.heading && typeof block.id === 'string' && block.id ? `#${blockDomId(block, 'heading')}` : ''
  const href = mediaId(block.asset) === null ? null : env.link(env.page + anchored, label)
  return {
    html: heading(2, escapeHtml(block.heading ?? '')) + paragraphs(block.text) + button(href, label),
    text: textBlocks(textHeading(block.heading ?? ''), textParagraphs(block.text), href && textAction(label, href)),
  }
}
