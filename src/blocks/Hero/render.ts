import { blockClass, blockDomId, type BlockBase } from '../../render/block'
import type { RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { attrs, paragraphs } from '../../render/html'
import { renderImage, type MediaRef } from '../../render/image'
import { renderButton, type LinkData } from '../../render/link'

export type HeroBlockData = BlockBase<'hero'> & {
  heading?: string | null
  subheading?: string | null
  image?: MediaRef
  primaryCta?: LinkData | null
  secondaryCta?: LinkData | null
}

// The hero carries the page's <h1>; every other block starts at <h2>.
export const renderHero = (block: HeroBlockData, ctx: RenderContext = {}): string => {
  const base = blockClass(block.blockType)
  const id = blockDomId(block, 'heading')
  const actions = renderButton(block.primaryCta, 'primary', ctx) + renderButton(block.secondaryCta, 'secondary', ctx)
  const image = renderImage(block.image, ctx)
  return (
    `<section${attrs({ class: base, 'aria-labelledby': block.heading ? id : null })}>` +
    `<div class="${base}__content">` +
    (block.heading ? `<h1${attrs({ id, class: `${base}__heading` })}>${escapeHtml(block.heading)}</h1>` : '') +
    paragraphs(block.subheading, `${base}__subheading`) +
    (actions ? `<div class="${base}__actions">${actions}</div>` : '') +
    `</div>` +
    (image ? `<div class="${base}__media">${image}</div>` : '') +
    `</section>`
  )
}
