import { blockClass, type BlockBase } from '../../render/block'
import type { RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { paragraphs } from '../../render/html'
import { renderImage, type MediaRef } from '../../render/image'

export type TestimonialBlockData = BlockBase<'testimonial'> & {
  quote?: string | null
  authorName?: string | null
  role?: string | null
  company?: string | null
  photo?: MediaRef
}

// <figure>/<blockquote>/<figcaption> is the HTML spec's own pattern for a quote with attribution
// (https://html.spec.whatwg.org/multipage/grouping-content.html#the-blockquote-element); <cite> is
// for titles of works, not people, so the name is a plain span.
export const renderTestimonial = (block: TestimonialBlockData, ctx: RenderContext = {}): string => {
  if (!block.quote) return ''
  const base = blockClass(block.blockType)
  const position = [block.role, block.company].filter(Boolean).join(', ')
  const caption =
    renderImage(block.photo, ctx, { sizes: '96px', className: `${base}__photo` }) +
    (block.authorName ? `<span class="${base}__name">${escapeHtml(block.authorName)}</span>` : '') +
    (position ? `<span class="${base}__position">${escapeHtml(position)}</span>` : '')
  return (
    `<figure class="${base}"><blockquote class="${base}__quote">${paragraphs(block.quote)}</blockquote>` +
    (caption ? `<figcaption class="${base}__author">${caption}</figcaption>` : '') +
    `</figure>`
  )
}
