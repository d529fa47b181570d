import type { Field, PayloadRequest } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../content/content-collection'
import { jobKey, type ScheduleAction } from '../schedule'

export type ScheduledInput = { collection: string; id: string; at: string }

export const scheduledInputSchema: Field[] = [
  { name: 'collection', type: 'text', required: true },
  { name: 'id', type: 'text', required: true },
  { name: 'at', type: 'text', required: true },
]

export const isContentCollection = (slug: string): slug is ContentCollection => (CONTENT_COLLECTIONS as readonly string[]).includes(slug)

/** Numeric ids on SQL databases, string ids on MongoDB. */
export const docId = (id: string): number | string => (/^\d+$/.test(id) ? Number(id) : id)

export const sameInstant = (a: string | null | undefined, b: string) => Boolean(a) && new Date(a as string).getTime() === new Date(b).getTime()

/** Clocks of several nodes differ a little; a job picked up early waits for its time (re-queued). */
const EARLY_TOLERANCE_MS = 1000

export const notDueYet = async (req: PayloadRequest, task: 'publishScheduled' | 'unpublishScheduled', input: ScheduledInput): Promise<boolean> => {
  const at = new Date(input.at)
  if (at.getTime() - Date.now() <= EARLY_TOLERANCE_MS) return false
  await req.payload.jobs.queue({ task, input, waitUntil: at, req })
  return true
}

export const concurrencyFor = (action: ScheduleAction) => ({
  key: ({ input }: { input: ScheduledInput }) => jobKey(action, input.collection, input.id),
  // Two runners (the server and a worker) never publish the same document at once. Replacing a
  // pending job on reschedule is done explicitly (src/jobs/schedule.ts), not with `supersedes`.
  exclusive: true,
})
