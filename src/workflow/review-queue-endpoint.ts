import type { Endpoint } from 'payload'
import { z } from 'zod'

import { hasRole } from '../access/roles'
import { WorkflowError } from './errors'
import { listReviewQueue } from './review-queue'
import { describeIssues } from './schemas'

const querySchema = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) })

// GET /api/review-queue?limit=100 – documents in review, of every content type: priority first, then the oldest submission.
export const reviewQueueEndpoint: Endpoint = {
  path: '/review-queue',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new WorkflowError('sign in to see the review queue', 401)
    if (!hasRole(req.user, 'reviewer', 'admin')) throw new WorkflowError('the review queue is for reviewers and admins', 403)
    const parsed = querySchema.safeParse({ limit: req.searchParams.get('limit') ?? undefined })
    if (!parsed.success) throw new WorkflowError(describeIssues(parsed.error), 400)
    const items = await listReviewQueue(req.payload, parsed.data, req)
    return Response.json({ items })
  },
}
