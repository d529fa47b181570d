import type { CollectionAfterChangeHook } from 'payload'

import { syncScheduleJobs } from '../../jobs/schedule'
import { isSeeding } from '../context'
import { sameInstant } from '../plan'
import { notifyReviewers } from '../notify-reviewers'

type Doc = { id: number | string; title?: unknown; workflowState?: string | null; publishAt?: string | null; unpublishAt?: string | null; workflowLog?: { comment?: string | null }[] | null }

/**
 * afterChange: side effects of a state change. The queue is brought in line with the schedule
 * (publish/unpublish jobs), and reviewers hear about documents entering review.
 */
export const afterTransition: CollectionAfterChangeHook = async ({ collection, data, doc, previousDoc, operation, req }) => {
  if (isSeeding(req.context)) return doc
  // `data` is what was written (complete after the workflow's beforeChange); `doc` may be narrowed by `select`.
  const now = { ...(doc as Doc), ...(data as Partial<Doc>), id: (doc as Doc).id }
  const before = (operation === 'update' ? previousDoc : {}) as Partial<Doc>
  const stateChanged = now.workflowState !== before.workflowState
  const scheduleChanged = !sameInstant(now.publishAt, before.publishAt) || !sameInstant(now.unpublishAt, before.unpublishAt)
  if ((operation === 'update' && stateChanged) || scheduleChanged) {
    await syncScheduleJobs(req, collection.slug, now)
  }
  if (stateChanged && now.workflowState === 'in_review') {
    const label = typeof collection.labels?.singular === 'string' ? collection.labels.singular.toLowerCase() : collection.slug
    const title = typeof now.title === 'string' && now.title ? now.title : `#${now.id}`
    await notifyReviewers(req, { collection: collection.slug, label, id: now.id, title, comment: now.workflowLog?.at(-1)?.comment })
  }
  return doc
}
