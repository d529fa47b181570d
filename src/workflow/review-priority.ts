import type { PayloadRequest } from 'payload'

import { hasPrivilege } from '../growth/team/privileges'

/** Review queue ranks: submitters holding 'review-priority' go first (GET /api/review-queue). */
export const REVIEW_PRIORITY = { normal: 0, high: 1 } as const

/**
 * The priority of a document being submitted for review now, from its submitter's privileges. A
 * lookup failure must not block the submission: it falls back to normal priority (and is logged).
 */
export const reviewPriorityOf = async (req: PayloadRequest): Promise<number> => {
  if (!req.user || req.user.collection !== 'users') return REVIEW_PRIORITY.normal
  try {
    return (await hasPrivilege(req.payload, req.user, 'review-priority', req)) ? REVIEW_PRIORITY.high : REVIEW_PRIORITY.normal
  } catch (err) {
    req.payload.logger.error({ err, msg: 'reading the review-priority privilege failed; submitted at normal priority' })
    return REVIEW_PRIORITY.normal
  }
}
