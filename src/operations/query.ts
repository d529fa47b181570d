import { z } from 'zod'

import { MODELS } from '../attribution/models/credit'
import { badRequest } from '../content/queries/errors'
import { INTERVALS, type OperationsQuery, type Period } from './types'

const DAY_MS = 86_400_000
/** The longest period a view covers. */
export const MAX_DAYS = 400
/** The period when none is asked for: the last 30 days, today included. */
export const DEFAULT_DAYS = 30

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** `from` / `to`: a date (YYYY-MM-DD, UTC) or an ISO 8601 time; a date `to` means the end of that day (exclusive). */
const dateParam = (name: 'from' | 'to') =>
  z
    .string({ error: `${name} must be a date (YYYY-MM-DD) or an ISO 8601 time` })
    .trim()
    .refine((v) => (DATE_ONLY.test(v) ? !Number.isNaN(Date.parse(`${v}T00:00:00.000Z`)) && new Date(`${v}T00:00:00.000Z`).toISOString().startsWith(v) : !Number.isNaN(Date.parse(v))), {
      message: `${name} must be a date (YYYY-MM-DD) or an ISO 8601 time, e.g. 2026-11-01`,
    })
    .transform((v) => {
      if (!DATE_ONLY.test(v)) return new Date(v)
      const start = new Date(`${v}T00:00:00.000Z`)
      return name === 'to' ? new Date(start.getTime() + DAY_MS) : start
    })

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v)
const blank = (v: unknown) => (v === '' || v === null ? undefined : v)

const schema = z
  .object({
    from: dateParam('from').optional(),
    to: dateParam('to').optional(),
    model: z.enum(MODELS, { error: `model must be one of ${MODELS.join(', ')}` }).default('LINEAR'),
    interval: z.enum(INTERVALS, { error: `interval must be one of ${INTERVALS.join(', ')}` }).default('day'),
  })
  .transform(({ from, to, model, interval }, ctx) => {
    const end = to ?? (from ? new Date(from.getTime() + DEFAULT_DAYS * DAY_MS) : new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS))
    const start = from ?? new Date(end.getTime() - DEFAULT_DAYS * DAY_MS)
    if (start >= end) ctx.addIssue({ code: 'custom', message: 'to must be after from' })
    else if (end.getTime() - start.getTime() > MAX_DAYS * DAY_MS) ctx.addIssue({ code: 'custom', message: `the period may cover at most ${MAX_DAYS} days` })
    return { from: start, to: end, model, interval }
  })

/**
 * The dashboard's query from a query string (`from`, `to`, `model`, `interval`): the last 30 days, LINEAR and daily by
 * default. Throws a 400 naming what is wrong.
 */
export const parseOperationsQuery = (searchParams: Record<string, unknown>): OperationsQuery => {
  const input = Object.fromEntries(['from', 'to', 'model', 'interval'].map((k) => [k, blank(first(searchParams?.[k]))]))
  const parsed = schema.safeParse(input)
  if (!parsed.success) {
    const message = parsed.error.issues.map((i) => i.message).join('; ')
    throw badRequest(message)
  }
  return parsed.data
}

/** The query as a view answers it. */
export const periodOf = (query: OperationsQuery): Period => ({ from: query.from.toISOString(), to: query.to.toISOString(), model: query.model, interval: query.interval })
