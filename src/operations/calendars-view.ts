import type { Payload, PayloadRequest } from 'payload'

import { DRAFT_READERS } from '../access/publishedOrTeam'
import { hasRole } from '../access/roles'
import { listDistributions } from '../calendar/list-distributions'
import { listScheduled } from '../calendar/list-scheduled'
import type { OperationsUser } from './access'
import { periodOf } from './query'
import type { CalendarsView, OperationsQuery } from './types'

/** The UTC month containing a date, as a half-open range and its key (YYYY-MM). */
export const monthOf = (at: Date): { key: string; from: Date; to: Date } => {
  const from = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1))
  return { key: from.toISOString().slice(0, 7), from, to: new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1)) }
}

/**
 * The month the period ends in (this month for the default "last 30 days"): scheduled publishes and unpublishes (for the editorial team only, as on /admin/calendar)
 * and distributions going out (read as the user: the distributions collection's read rule decides), by time.
 */
export const calendarsView = async (payload: Payload, query: OperationsQuery, user: OperationsUser): Promise<CalendarsView> => {
  const month = monthOf(new Date(query.to.getTime() - 1))
  const req: Partial<PayloadRequest> = { user, payload }
  const [scheduled, distributions] = await Promise.all([
    user && hasRole(user, ...DRAFT_READERS) ? listScheduled(payload, month, req) : [],
    user ? listDistributions(payload, month, { req }) : [],
  ])
  const items = [...scheduled, ...distributions].sort((a, b) => a.at.localeCompare(b.at) || String(a.id).localeCompare(String(b.id)))
  return { period: periodOf(query), month: month.key, items }
}
