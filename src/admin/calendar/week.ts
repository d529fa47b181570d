import type { CalendarEntry } from './entries'

export type Week = { key: string; label: string; from: Date; to: Date; previous: string; next: string; month: string }
export type WeekDay = { date: string; label: string; items: CalendarEntry[] }

const DAY = 86_400_000
const dateKey = (d: Date) => d.toISOString().slice(0, 10)
const dayMonth = (d: Date) => d.toLocaleDateString('en', { month: 'long', day: 'numeric', timeZone: 'UTC' })

const parseDate = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const d = new Date(`${value}T00:00:00Z`)
  // 2030-02-30 rolls over to March: not a date someone meant.
  return !Number.isNaN(d.getTime()) && dateKey(d) === value ? d : undefined
}

/** `?week=2030-06-05` → the UTC week (Monday to Sunday) holding that day; anything else → the current week. */
export const parseWeek = (value: unknown, now = new Date()): Week => {
  const day = parseDate(value) ?? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  const from = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * DAY)
  const to = new Date(from.getTime() + 7 * DAY)
  const last = new Date(to.getTime() - DAY)
  const sameYear = from.getUTCFullYear() === last.getUTCFullYear()
  return {
    key: dateKey(from),
    label: `${dayMonth(from)}${sameYear ? '' : `, ${from.getUTCFullYear()}`} – ${dayMonth(last)}, ${last.getUTCFullYear()}`,
    from,
    to,
    previous: dateKey(new Date(from.getTime() - 7 * DAY)),
    next: dateKey(to),
    month: dateKey(from).slice(0, 7),
  }
}

/** The week to switch to from a month: the current one if it is in that month, else the month's first. */
export const weekInMonth = ({ from, to }: { from: Date; to: Date }, now = new Date()): string =>
  parseWeek(dateKey(now >= from && now < to ? now : from)).key

/** The week's seven days, Monday first, each with its items in time order (empty days included). */
export const groupByWeekday = (items: readonly CalendarEntry[], week: Pick<Week, 'from'>): WeekDay[] => {
  const sorted = [...items].sort((a, b) => a.at.localeCompare(b.at))
  return Array.from({ length: 7 }, (_, i) => {
    const day = new Date(week.from.getTime() + i * DAY)
    const date = dateKey(day)
    return {
      date,
      label: `${day.toLocaleDateString('en', { weekday: 'short', timeZone: 'UTC' })} ${day.getUTCDate()}`,
      items: sorted.filter((item) => item.at.slice(0, 10) === date),
    }
  })
}
