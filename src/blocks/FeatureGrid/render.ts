import { blockClass, section, type BlockBase } from '../../render/block'
import type { RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { attrs, paragraphs } from '../../render/html'

export type FeatureGridBlockData = BlockBase<'featureGrid'> & {
  heading?: string | null
  columns?: '2' | '3' | '4' | number | null
  features?: { icon?: string | null; title?: string | null; text?: string | null; id?: string | null }[] | null
}

const columnCount = (value: FeatureGridBlockData['columns']): number => {
  const n = Number(value)
  return n >= 2 && n <= 4 ? Math.round(n) : 3
}

export const renderFeatureGrid = (block: FeatureGridBlockData, _ctx: RenderContext = {}): string => {
  const base = blockClass(block.blockType)
  const columns = columnCount(block.columns)
  // Item titles sit one level below the block heading; without one they are the section's top level.
  const title = block.heading ? 'h3' : 'h2'
  const items = (block.features ?? [])
    .map((f) => {
      const icon = f.icon && /^[a-z0-9-]+$/.test(f.icon)
        ? `<span${attrs({ class: `fw-icon fw-icon--${f.icon}`, 'data-icon': f.icon, 'aria-hidden': 'true' })}></span>`
        : ''
      return (
        `<li class="${base}__item">${icon}` +
        (f.title ? `<${title} class="${base}__title">${escapeHtml(f.title)}</${title}>` : '') +
        paragraphs(f.text, `${base}__text`) +
        `</li>`
      )
    })
    .join('')
  // role="list": Safari drops list semantics from a <ul> styled with list-style: none.
  const body = items ? `<ul class="${base}__list" role="list">${items}</ul>` : ''
  return section(block, { heading: block.heading, body, modifiers: [`cols-${columns}`] })
}
