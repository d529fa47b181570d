import type { Payload } from 'payload'

import { TtlCache } from '../../../attribution/ttl-cache'
import { CONTENT_COLLECTIONS, type ContentCollection } from '../../../content/content-collection'
import { relationIds } from '../../../fields/relation-id'
import { submitterOf, type LogRow } from '../../../workflow/log'

type ContentDoc = { authors?: unknown; workflowLog?: LogRow[] | null }

export const isContentCollection = (value: string): value is ContentCollection => (CONTENT_COLLECTIONS as readonly string[]).includes(value)

/**
 * Who wrote a document: its `authors`, or — for content types without authors (product copy, landing
 * pages) or a document nobody was named on — whoever last submitted it for review.
 */
export const authorsOfDoc = (doc: ContentDoc): number[] => {
  const authors = relationIds(Array.isArray(doc.authors) ? doc.authors : [])
  if (authors.length > 0) return [...new Set(authors)]
  const submitter = submitterOf(doc.workflowLog ?? [])
  return submitter == null || !Number.isFinite(Number(submitter)) ? [] : [Number(submitter)]
}

// A recompute credits thousands of conversions touching the same few items: each is read once in a while.
const recent = new TtlCache<string, Promise<number[]>>(5000, 5000)

/** Authors of content items by `<collection>:<id>` (a deleted item: none), read at most every few seconds. */
export const authorLookup =
  (payload: Payload) =>
  (contentType: string, contentId: number): Promise<number[]> => {
    if (!isContentCollection(contentType)) return Promise.resolve([])
    const key = `${contentType}:${contentId}`
    const hit = recent.peek(key)
    if (hit) return hit.value
    const found = payload
      .find({ collection: contentType, where: { id: { equals: contentId } }, limit: 1, depth: 0, overrideAccess: true, pagination: false })
      .then(({ docs }) => (docs[0] ? authorsOfDoc(docs[0] as ContentDoc) : []))
    // A failed read is not remembered (the caller sees the error).
    found.catch(() => recent.clear())
    return recent.set(key, found)
  }
