import type { StatsBlockData } from '../../../blocks/Stats/render'
import { escapeHtml } from '../../../render/escape'
import { attrs } from '../../../render/html'
import { STYLES } from '../styles'
import { hanging } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

const formatNumber = (value: number, locale: string | undefined): string => {
  try {
    return new Intl.NumberFormat(locale ?? 'en', { maximumFractionDigits: 2 }).format(value)
  } catch {
    // An invalid locale tag throws a RangeError, as in src/blocks/Stats/render.ts.
    return new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(value)
  }
}

/** Each figure in large type followed by its label: "38% of onboarded business clients…". */
export const statsEmail = (block: StatsBlockData, env: EmailEnv): EmailPart => {
  const items = (block.items ?? [])
    .filter((item) => item.value !== null && item.value !== undefined && item.value !== '')
    .map((item) => ({
      value: (typeof item.value === 'number' ? formatNumber(item.value, env.locale) : String(item.value)) + (item.suffix ?? ''),
      label: item.label ?? '',
    }))
  if (!items.length) return EMPTY_PART
  return {
    html: items
      .map(({ value, label }) => `<p${attrs({ style: STYLES.p })}><span${attrs({ style: STYLES.stat })}>${escapeHtml(value)}</span> ${escapeHtml(label)}</p>`)
      .join(''),
    text: items.map(({ value, label }) => hanging(`${value} ${label}`.trim(), '- ')).join('\n'),
  }
}
