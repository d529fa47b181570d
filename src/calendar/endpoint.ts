import type { Endpoint } from 'payload'

import { DRAFT_READERS } from '../access/publishedOrTeam'
import { hasRole } from '../access/roles'
import { WorkflowError } from '../workflow/errors'
import { describeIssues } from '../workflow/schemas'
import { listDistributions } from './list-distributions'
import { listScheduled } from './list-scheduled'
import { calendarQuerySchema } from './schemas'

/**
 * Each part keeps its own rule: publishing items are for the editorial team (they name drafts);
 * distributions are read as the caller, so the distributions collection's read rule decides (today any
 * signed-in user) and the calendar never shows more than GET /api/distributions would. Asking for a part
 * you may not see is a 403, and the default asks for both, as before for developers.
 */
// GET /api/calendar?from=ISO&to=ISO&include=publishing,distributions – scheduled publishes and unpublishes (`items`) and distributions going out (`distributions`), by time.
export const calendarEndpoint: Endpoint = {
  path: '/calendar',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new WorkflowError('sign in to see the calendar', 401)
    const query = (name: string) => req.searchParams.get(name) ?? undefined
    const parsed = calendarQuerySchema.safeParse({ from: query('from'), to: query('to'), include: query('include') })
    if (!parsed.success) throw new WorkflowError(describeIssues(parsed.error), 400)
    const { from, to, include } = parsed.data
    const publishing = include.includes('publishing')
    if (publishing && !hasRole(req.user, ...DRAFT_READERS))
      throw new WorkflowError('the publishing calendar is for the editorial team; ask for ?include=distributions for distributions only', 403)
    const [items, distributions] = await Promise.all([
      publishing ? listScheduled(req.payload, { from, to }, req) : undefined,
      include.includes('distributions') ? listDistributions(req.payload, { from, to }, { req }) : undefined,
    ])
    return Response.json({ from: from.toISOString(), to: to.toISOString(), items, distributions })
  },
}
