import type { PayloadRequest } from 'payload'

export type ScheduleAction = 'publish' | 'unpublish'

/** The concurrency key of a document's scheduled job: one pending publish and one unpublish per document. */
export const jobKey = (action: ScheduleAction, collection: string, id: number | string) => `${action}:${collection}:${id}`

type Scheduled = { id: number | string; workflowState?: string | null; publishAt?: string | null; unpublishAt?: string | null }

/**
 * Makes the queue match the document: drops its pending jobs, then queues a publish at `publishAt`
 * (while scheduled) and an unpublish at `unpublishAt`. Rescheduling and cancelling therefore replace
 * the pending job instead of adding one. Runs inside the request's transaction; a job already running
 * is left alone, and the tasks check the document again before acting (src/jobs/tasks).
 */
export const syncScheduleJobs = async (req: PayloadRequest, collection: string, doc: Scheduled): Promise<void> => {
  const keys = [jobKey('publish', collection, doc.id), jobKey('unpublish', collection, doc.id)]
  await req.payload.db.deleteMany({
    collection: 'payload-jobs',
    req,
    where: { and: [{ concurrencyKey: { in: keys } }, { processing: { equals: false } }, { completedAt: { exists: false } }] },
  })
  const input = (at: string) => ({ collection, id: String(doc.id), at: new Date(at).toISOString() })
  if (doc.workflowState === 'scheduled' && doc.publishAt) {
    await req.payload.jobs.queue({ task: 'publishScheduled', input: input(doc.publishAt), waitUntil: new Date(doc.publishAt), req })
  }
  if (doc.unpublishAt && doc.workflowState !== 'archived') {
    await req.payload.jobs.queue({ task: 'unpublishScheduled', input: input(doc.unpublishAt), waitUntil: new Date(doc.unpublishAt), req })
  }
}
