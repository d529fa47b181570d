import type { Payload, PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/content-collection'
import { latestVersions } from '../content/latest-versions'
import { submitterOf, type LogRow } from './log'

export type ReviewQueueItem = {
  collection: ContentCollection
  id: number | string
  title: string
  reviewPriority: number
  /** When it last entered review. */
  submittedAt: string | null
  submittedBy: number | string | null
}

type Row = { id: number | string; title?: string | null; reviewPriority?: number | null; workflowLog?: LogRow[] | null }

/** Per content type; a longer queue is a team problem, not a paging problem. */
const LIMIT_PER_COLLECTION = 500

const submittedAt = (log: readonly LogRow[]): string | null => {
  for (let i = log.length - 1; i >= 0; i--) if (log[i].to === 'in_review') return new Date(log[i].at).toISOString()
  return null
}

/** Priority first, then the oldest submission, then a stable order. */
export const byQueueOrder = (a: ReviewQueueItem, b: ReviewQueueItem): number =>
  b.reviewPriority - a.reviewPriority ||
  (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') ||
  a.collection.localeCompare(b.collection) ||
  String(a.id).localeCompare(String(b.id), undefined, { numeric: true })

/**
 * Every document waiting for review, of all content types, in the order reviewers should take them
 * (the latest versions: a revision of a live document is in review there).
 */
export const listReviewQueue = async (payload: Payload, { limit }: { limit: number }, req?: Partial<PayloadRequest>): Promise<ReviewQueueItem[]> => {
  const perCollection = await latestVersions<Row>(payload, {
    select: { title: true, reviewPriority: true, workflowLog: true },
    where: { workflowState: { equals: 'in_review' } },
    limit: LIMIT_PER_COLLECTION,
    req,
  })
  const items = perCollection.flatMap(({ collection, docs }) =>
    docs.map((doc): ReviewQueueItem => {
      const log = doc.workflowLog ?? []
      return {
        collection,
        id: doc.id,
        title: doc.title || `#${doc.id}`,
        reviewPriority: doc.reviewPriority ?? 0,
        submittedAt: submittedAt(log),
        submittedBy: submitterOf(log),
      }
    }),
  )
  return items.sort(byQueueOrder).slice(0, limit)
}
