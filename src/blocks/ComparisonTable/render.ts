import { blockClass, blockDomId, type BlockBase } from '../../render/block'
import type { RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'
import { attrs } from '../../render/html'

export type ComparisonTableBlockData = BlockBase<'comparisonTable'> & {
  heading?: string | null
  columns?: { name?: string | null; id?: string | null }[] | null
  rows?:
    | { feature?: string | null; values?: { value?: string | null; id?: string | null }[] | null; id?: string | null }[]
    | null
}

/**
 * A data table: <caption> names it, column headers are <th scope="col">, each feature is a
 * <th scope="row">, so a screen reader announces "Plan B, SSO: Yes" in any cell. Rows are padded or
 * cut to the column count so the grid never misaligns.
 */
export const renderComparisonTable = (block: ComparisonTableBlockData, _ctx: RenderContext = {}): string => {
  const columns = block.columns ?? []
  if (!columns.length) return ''
  const base = blockClass(block.blockType)
  const captionId = blockDomId(block, 'caption')
  const head =
    `<thead><tr><td class="${base}__corner"></td>` +
    columns.map((c) => `<th scope="col">${escapeHtml(c.name)}</th>`).join('') +
    `</tr></thead>`
  const body = (block.rows ?? [])
    .map((row) => {
      const cells = columns.map((_, i) => `<td>${escapeHtml(row.values?.[i]?.value)}</td>`).join('')
      return `<tr><th scope="row">${escapeHtml(row.feature)}</th>${cells}</tr>`
    })
    .join('')
  const caption = block.heading ? `<caption${attrs({ id: captionId })}>${escapeHtml(block.heading)}</caption>` : ''
  // A named, focusable region lets keyboard users scroll a table wider than the screen
  // (https://adrianroselli.com/2020/11/under-engineered-responsive-tables.html).
  const region = caption ? { role: 'region', 'aria-labelledby': captionId, tabindex: '0' } : {}
  return (
    `<div${attrs({ class: base, ...region })}>` +
    `<table class="${base}__table">${caption}${head}<tbody>${body}</tbody></table></div>`
  )
}
