import type { CalendarEntry } from './entries'

export type Month = { key: string; label: string; from: Date; to: Date; previous: string; next: string }

const key = (d: Date) => d.toISOString().slice(0, 7)

/** `?month=2025-06` → that UTC month as a half-open range; anything else → the current month. */
export const parseMonth = (value: unknown, now = new Date()): Month => {
  const match = typeof value === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value) : null
  const year = match ? Number(match[1]) : now.getUTCFullYear()
  const month = match ? Number(match[2]) - 1 : now.getUTCMonth()
  const from = new Date(Date.UTC(year, month, 1))
  const to = new Date(Date.UTC(year, month + 1, 1))
  return {
    key: key(from),
    label: from.toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    from,
    to,
    previous: key(new Date(Date.UTC(year, month - 1, 1))),
    next: key(to),
  }
}

export type Day = { date: string; label: string; items: CalendarEntry[] }

/** "Monday, June 3" for a UTC date key. */
export const dayLabel = (date: string): string =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })

/** The month's scheduled items grouped by UTC day, in order; days without items are left out. */
export const groupByDay = (items: readonly CalendarEntry[]): Day[] => {
  const days = new Map<string, CalendarEntry[]>()
  for (const item of [...items].sort((a, b) => a.at.localeCompare(b.at))) {
    const date = item.at.slice(0, 10)
    days.set(date, [...(days.get(date) ?? []), item])
  }
  return [...days].map(([date, dayItems]) => ({ date, label: dayLabel(date), items: dayItems }))
}
