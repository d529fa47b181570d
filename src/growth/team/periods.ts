/** UTC periods of caps, recurring tasks and rankings: a key per period and its [start, end) range. */
export const PERIODS = ['day', 'week', 'month'] as const
export type Period = (typeof PERIODS)[number]

const DAY = 86_400_000

/** Start of the UTC period holding `at` (weeks start on Monday, ISO 8601). */
export const periodStart = (period: Period, at: Date): Date => {
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())
  if (period === 'day') return new Date(day)
  if (period === 'week') return new Date(day - ((at.getUTCDay() + 6) % 7) * DAY)
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1))
}

export const periodEnd = (period: Period, at: Date): Date => {
  const start = periodStart(period, at)
  if (period === 'day') return new Date(start.getTime() + DAY)
  if (period === 'week') return new Date(start.getTime() + 7 * DAY)
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1))
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `2026-11-30` (day), `2026-W49` (ISO week), `2026-11` (month). */
export const periodKey = (period: Period, at: Date): string => {
  if (period === 'day') return periodStart('day', at).toISOString().slice(0, 10)
  if (period === 'month') return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}`
  // The ISO week belongs to the year of its Thursday.
  const thursday = new Date(periodStart('week', at).getTime() + 3 * DAY)
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  const week = Math.floor((thursday.getTime() - jan1) / DAY / 7) + 1
  return `${thursday.getUTCFullYear()}-W${pad(week)}`
}
