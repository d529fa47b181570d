import type { Payload, PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/content-collection'
import { latestVersions } from '../content/latest-versions'
import type { WorkflowState } from '../workflow/states'

export type CalendarItem = {
  collection: ContentCollection
  id: number | string
  title: string
  state: WorkflowState
  action: 'publish' | 'unpublish'
  at: string
}

/** Per collection; a calendar with more than this in one range needs a narrower range. */
const LIMIT_PER_COLLECTION = 1000

type Row = { id: number | string; title?: string | null; workflowState?: WorkflowState; publishAt?: string | null; unpublishAt?: string | null }

const inRange = (value: string | null | undefined, from: Date, to: Date) => {
  if (!value) return false
  const t = new Date(value).getTime()
  return t >= from.getTime() && t < to.getTime()
}

/**
 * Everything due to go live or offline in [from, to) across the content types, sorted by time. Reads
 * the latest version of each document (draft: true): that is where a scheduled revision of a live
 * document keeps its schedule until it is published.
 */
export const listScheduled = async (payload: Payload, { from, to }: { from: Date; to: Date }, req?: Partial<PayloadRequest>): Promise<CalendarItem[]> => {
  const range = { greater_than_equal: from.toISOString(), less_than: to.toISOString() }
  const perCollection = await latestVersions<Row>(payload, {
    select: { title: true, workflowState: true, publishAt: true, unpublishAt: true },
    where: { or: [{ and: [{ workflowState: { equals: 'scheduled' } }, { publishAt: range }] }, { unpublishAt: range }] },
    limit: LIMIT_PER_COLLECTION,
    req,
  })
  const items = perCollection.flatMap(({ collection, docs }) =>
    docs.flatMap((doc) => {
      const base = { collection, id: doc.id, title: doc.title || `#${doc.id}`, state: doc.workflowState ?? 'draft' }
      const due: CalendarItem[] = []
      if (doc.workflowState === 'scheduled' && inRange(doc.publishAt, from, to)) due.push({ ...base, action: 'publish', at: new Date(doc.publishAt!).toISOString() })
      if (inRange(doc.unpublishAt, from, to)) due.push({ ...base, action: 'unpublish', at: new Date(doc.unpublishAt!).toISOString() })
      return due
    }),
  )
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.collection.localeCompare(b.collection) || String(a.id).localeCompare(String(b.id)))
}
