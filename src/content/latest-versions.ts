import type { Payload, PayloadRequest, Where } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from './content-collection'

export type LatestVersionsQuery = {
  select: Record<string, true>
  where: Where
  /** Per content type: a calendar or a queue longer than this needs a narrower question, not paging. */
  limit: number
  req?: Partial<PayloadRequest>
}

/**
 * The latest version (draft: true) of every document of every content type matching `where`: that is
 * where a revision of a live document keeps its workflow state and schedule while the published
 * version stays as it was. Access is the caller's to check (overrideAccess). Rows are typed by the
 * caller: `select` decides their fields.
 */
export const latestVersions = async <Row extends { id: number | string }>(payload: Payload, query: LatestVersionsQuery): Promise<{ collection: ContentCollection; docs: Row[] }[]> =>
  Promise.all(
    CONTENT_COLLECTIONS.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        draft: true,
        depth: 0,
        limit: query.limit,
        pagination: false,
        overrideAccess: true,
        select: query.select,
        where: query.where,
        req: query.req,
      })
      return { collection, docs: docs as unknown as Row[] }
    }),
  )
