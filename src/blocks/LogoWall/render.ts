import { blockClass, section, type BlockBase } from '../../render/block'
import { linkHref, type RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { attrs } from '../../render/html'
import { renderImage, type MediaRef } from '../../render/image'

export type LogoWallBlockData = BlockBase<'logoWall'> & {
  heading?: string | null
  logos?: { media?: MediaRef; name?: string | null; url?: string | null; id?: string | null }[] | null
}

export const renderLogoWall = (block: LogoWallBlockData, ctx: RenderContext = {}): string => {
  const base = blockClass(block.blockType)
  const items = (block.logos ?? [])
    .map((logo) => {
      // Without a populated image the name stands in, so the list never has an empty, unnamed item.
      const content =
        renderImage(logo.media, ctx, { alt: logo.name, sizes: '160px', className: `${base}__logo` }) ||
        (logo.name ? `<span class="${base}__name">${escapeHtml(logo.name)}</span>` : '')
      if (!content) return ''
      const inner = logo.url ? `<a${attrs({ href: linkHref(logo.url, ctx) })}>${content}</a>` : content
      return `<li class="${base}__item">${inner}</li>`
    })
    .join('')
  if (!items) return ''
  return section(block, { heading: block.heading, body: `<ul class="${base}__list" role="list">${items}</ul>` })
}
