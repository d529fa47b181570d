import type { FieldHook } from 'payload'

import type { ContentCollection } from '../content/content-collection'
import type { LinkReportEntry } from './link-report'
import { documentLinks, uniqueUrls } from './links'

/** Context flags that keep a write from queueing a link check. */
export type LinkCheckContext = {
  /** Seeds: demo content must not make the server fetch anything. */
  seeding?: boolean
  /** Imports and backfills that queue their own checks, or none. */
  skipLinkCheck?: boolean
  /** The checker's own write of `linkReport`. */
  checksInternal?: boolean
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length

/**
 * afterChange of `linkReport`: queues `checkLinks` when the saved locale's outgoing links differ
 * from before (added, removed or edited). Removing the last link also queues one, so the report
 * is emptied. Queued with `req`, so the job exists only if the save commits.
 */
export const queueLinkCheck: FieldHook = async ({ collection, originalDoc, previousDoc, req }) => {
  const context = req.context as LinkCheckContext
  // Only content collections carry this field (contentCollection adds it), hence the cast below.
  if (!collection || !originalDoc?.id || context.seeding || context.skipLinkCheck || context.checksInternal) return undefined
  const after = uniqueUrls(documentLinks(collection.fields, originalDoc))
  const before = uniqueUrls(documentLinks(collection.fields, previousDoc ?? {}))
  const reported = ((originalDoc.linkReport ?? []) as LinkReportEntry[]).length > 0
  if (sameSet(after, before) || (after.length === 0 && !reported)) return undefined
  await req.payload.jobs.queue({ task: 'checkLinks', input: { collection: collection.slug as ContentCollection, id: String(originalDoc.id) }, req })
  return undefined
}
