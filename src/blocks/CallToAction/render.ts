import { blockClass, section, type BlockBase } from '../../render/block'
import type { RenderContext } from '../../render/context'
import { paragraphs } from '../../render/html'
import { renderButton, type LinkData } from '../../render/link'

export type CallToActionBlockData = BlockBase<'callToAction'> & {
  heading?: string | null
  text?: string | null
  button?: LinkData | null
  style?: 'primary' | 'secondary' | null
}

export const renderCallToAction = (block: CallToActionBlockData, ctx: RenderContext = {}): string => {
  const base = blockClass(block.blockType)
  const style = block.style === 'secondary' ? 'secondary' : 'primary'
  const button = renderButton(block.button, style, ctx)
  const body = paragraphs(block.text, `${base}__text`) + (button ? `<p class="${base}__actions">${button}</p>` : '')
  return section(block, { heading: block.heading, body, modifiers: [style] })
}
