import type { DistributionCalendarItem } from '../../calendar/list-distributions'
import type { CalendarItem } from '../../calendar/list-scheduled'

/** One line of the admin calendar: a publish or unpublish, or a distribution going out. */
export type CalendarEntry = CalendarItem | DistributionCalendarItem

export const isDistribution = (entry: CalendarEntry): entry is DistributionCalendarItem => 'kind' in entry && entry.kind === 'distribution'

/** A stable React key: a weekly digest appears once per issue. */
export const entryKey = (entry: CalendarEntry): string =>
  isDistribution(entry) ? `distribution-${entry.id}-${entry.at}` : `${entry.collection}-${entry.id}-${entry.action}`

/** "HH:MM" of an ISO time, in UTC like the rest of the calendar. */
export const time = (iso: string): string => iso.slice(11, 16)
