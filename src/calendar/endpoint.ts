import type { Endpoint } from 'payload'

import { DRAFT_READERS } from '../access/publishedOrTeam'
import { hasRole } from '../access/roles'
import { WorkflowError } from '../workflow/errors'
import { describeIssues } from '../workflow/schemas'
import { listScheduled } from './list-scheduled'
import { calendarQuerySchema } from './schemas'

// GET /api/calendar?from=ISO&to=ISO – the publishing calendar: scheduled publishes and unpublishes, by time.
export const calendarEndpoint: Endpoint = {
  path: '/calendar',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new WorkflowError('sign in to see the publishing calendar', 401)
    if (!hasRole(req.user, ...DRAFT_READERS)) throw new WorkflowError('the publishing calendar is for the editorial team', 403)
    const parsed = calendarQuerySchema.safeParse({ from: req.searchParams.get('from') ?? undefined, to: req.searchParams.get('to') ?? undefined })
    if (!parsed.success) throw new WorkflowError(describeIssues(parsed.error), 400)
    const items = await listScheduled(req.payload, parsed.data, req)
    return Response.json({ from: parsed.data.from.toISOString(), to: parsed.data.to.toISOString(), items })
  },
}
