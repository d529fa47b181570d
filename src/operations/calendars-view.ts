import type { Payload, PayloadRequest } from 'payload'

import { DRAFT_READERS } from '../access/publishedOrTeam'
import { hasRole } from '../access/roles'
import { parseMonth } from '../admin/calendar/month'
import { listDistributions } from '../calendar/list-distributions'
import { listScheduled } from '../calendar/list-scheduled'
import type { OperationsUser } from './access'
import { periodOf } from './query'
import type { CalendarsView, OperationsQuery } from './types'

/**
 * The month the period ends in (this month for the default "last 30 days"): scheduled publishes and unpublishes (for the editorial team only, as on /admin/calendar)
 * and distributions going out (read as the user: the distributions collection's read rule decides), by time.
 */
export const calendarsView = async (payload: Payload, query: OperationsQuery, user: OperationsUser): Promise<CalendarsView> => {
  const month = parseMonth(undefined, new Date(query.to.getTime() - 1))
  const req: Partial<PayloadRequest> = { user, payload }
  const [scheduled, distributions] = await Promise.all([
    user && hasRole(user, ...DRAFT_READERS) ? listScheduled(payload, month, req) : [],
    user ? listDistributions(payload, month, { req }) : [],
  ])
  const items = [...scheduled, ...distributions].sort((a, b) => a.at.localeCompare(b.at) || String(a.id).localeCompare(String(b.id)))
  return { period: periodOf(query), month: month.key, items }
}
