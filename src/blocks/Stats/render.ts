import { blockClass, type BlockBase } from '../../render/block'
import type { RenderContext } from '../../render/context'
import { escapeHtml } from '../../render/escape'

export type StatsBlockData = BlockBase<'stats'> & {
  items?: { value?: number | string | null; suffix?: string | null; label?: string | null; id?: string | null }[] | null
}

const numberFormat = (locale: string | undefined): Intl.NumberFormat => {
  try {
    return new Intl.NumberFormat(locale ?? 'en', { maximumFractionDigits: 2 })
  } catch {
    // An invalid locale tag throws a RangeError; a page should not fail over a number's commas.
    return new Intl.NumberFormat('en', { maximumFractionDigits: 2 })
  }
}

export const renderStats = (block: StatsBlockData, ctx: RenderContext = {}): string => {
  const base = blockClass(block.blockType)
  const format = numberFormat(ctx.locale)
  const items = (block.items ?? [])
    .filter((item) => item.value !== null && item.value !== undefined && item.value !== '')
    .map((item) => {
      const value = typeof item.value === 'number' ? format.format(item.value) : String(item.value)
      const suffix = item.suffix ? `<span class="${base}__suffix">${escapeHtml(item.suffix)}</span>` : ''
      // Value and label read as one phrase: "40% faster onboarding".
      return (
        `<li class="${base}__item"><span class="${base}__value">${escapeHtml(value)}${suffix}</span> ` +
        `<span class="${base}__label">${escapeHtml(item.label)}</span></li>`
      )
    })
    .join('')
  return items ? `<div class="${base}"><ul class="${base}__list" role="list">${items}</ul></div>` : ''
}
