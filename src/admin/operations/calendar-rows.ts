/** The calendars tab's rows: publishing and distributions in one list (row key `<kind>:<id>:<at>`). */
import type { CalendarsView } from '../../operations/types'
import { isDistribution, type CalendarEntry } from '../calendar/entries'

/** What a line is: `distribution`, or the scheduled action (`publish`, `unpublish`). */
export const calendarKind = (entry: CalendarEntry): string => (isDistribution(entry) ? 'distribution' : entry.action)

export const calendarRowKey = (entry: CalendarEntry): string => `${calendarKind(entry)}:${entry.id}:${entry.at}`

export const sortedItems = (items: CalendarsView['items'] | undefined): CalendarEntry[] => [...(items ?? [])].sort((a, b) => a.at.localeCompare(b.at))
