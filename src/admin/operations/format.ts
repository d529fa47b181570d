/** Number, money, percent and date formatting for the operations dashboard (tables, cards, chart tooltips). */

const DASH = '—'

const grouped = (digits: number) => new Intl.NumberFormat('en', { minimumFractionDigits: 0, maximumFractionDigits: digits })

/** A count or a measure: grouped thousands, at most `digits` decimals; null → "—". */
export const formatNumber = (value: number | null | undefined, digits = 2): string =>
  value == null || !Number.isFinite(value) ? DASH : grouped(digits).format(value)

/** An amount of money (no currency sign: the ledger holds one currency), always two decimals; null → "—". */
export const formatMoney = (value: number | null | undefined): string =>
  value == null || !Number.isFinite(value) ? DASH : new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)

/** A ratio as a percent with one decimal (0.456 → "45.6%"); null → "—". */
export const formatPercent = (ratio: number | null | undefined): string =>
  ratio == null || !Number.isFinite(ratio) ? DASH : `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`

/** The UTC date of an ISO time ("2026-11-29"); null → "—". */
export const formatDate = (iso: string | null | undefined): string => (iso ? iso.slice(0, 10) : DASH)

/** The UTC date and minute of an ISO time ("2026-11-29 14:05"); null → "—". */
export const formatDateTime = (iso: string | null | undefined): string => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : DASH)

export const FORMATS = { number: formatNumber, money: formatMoney, percent: formatPercent } as const
export type FormatName = keyof typeof FORMATS
