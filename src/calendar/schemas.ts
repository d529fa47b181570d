import { z } from 'zod'

/** The longest range one calendar request may cover. */
export const MAX_RANGE_DAYS = 366

const EXAMPLE = 'an ISO 8601 date, e.g. 2025-06-01 or 2025-06-01T00:00:00Z'

// Date.parse rolls 2025-02-30 over to March; the round trip of the date part catches that.
const isRealDate = (s: string) => {
  const ms = Date.parse(s)
  return !Number.isNaN(ms) && (s.length > 10 || new Date(ms).toISOString().slice(0, 10) === s)
}

const isoDate = z
  .string({ message: `required (${EXAMPLE})` })
  .trim()
  .max(40, 'at most 40 characters')
  .refine((s) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && isRealDate(s), { message: `must be ${EXAMPLE}` })
  .transform((s) => new Date(s))

/** What a calendar shows: content going live or offline, and distributions going out. */
export const CALENDAR_PARTS = ['publishing', 'distributions'] as const
export type CalendarPart = (typeof CALENDAR_PARTS)[number]

const isPart = (s: string): s is CalendarPart => (CALENDAR_PARTS as readonly string[]).includes(s)

// `?include=publishing,distributions`; absent means both.
const include = z
  .string()
  .trim()
  .max(100, 'at most 100 characters')
  .optional()
  .transform((s) => (s === undefined ? [...CALENDAR_PARTS] : [...new Set(s.split(',').map((p) => p.trim()))]))
  .refine((parts) => parts.length > 0 && parts.every(isPart), { message: `must be ${CALENDAR_PARTS.join(', ')} or both, comma-separated` })
  .transform((parts) => parts.filter(isPart))

/**
 * GET /api/calendar?from=ISO&to=ISO[&include=publishing,distributions]: a half-open range [from, to)
 * of at most MAX_RANGE_DAYS, and which calendars to read.
 */
export const calendarQuerySchema = z
  .object({ from: isoDate, to: isoDate, include })
  .superRefine(({ from, to }, ctx) => {
    if (!(from instanceof Date) || !(to instanceof Date)) return
    if (to <= from) ctx.addIssue({ code: 'custom', message: 'must be after from', path: ['to'] })
    else if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
      ctx.addIssue({ code: 'custom', message: `the range may cover at most ${MAX_RANGE_DAYS} days`, path: ['to'] })
    }
  })

export type CalendarQuery = z.infer<typeof calendarQuerySchema>
