import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Stored } from './plan'
import { isWorkflowState } from './states'

type Row = { _status?: string | null; workflowState?: string | null; publishAt?: string | null; unpublishAt?: string | null }

const toStored = (row: Row): Stored => ({
  state: isWorkflowState(row.workflowState) ? row.workflowState : 'draft',
  publishAt: row.publishAt ?? null,
  unpublishAt: row.unpublishAt ?? null,
})

/**
 * The document's workflow position: `stored` from its latest version (what editors see and work on),
 * `live` from the main row (what readers get). They differ while a revision of a published document
 * is on its way through review. Straight from the adapter: no hooks, no access control.
 */
export const loadState = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<{ live: boolean; stored: Stored } | undefined> => {
  const main = (await req.payload.db.findOne({ collection, req, where: { id: { equals: id } } })) as Row | null
  if (!main) return undefined
  const { docs } = await req.payload.db.findVersions({
    collection,
    req,
    limit: 1,
    pagination: false,
    sort: '-updatedAt',
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
  })
  const latest = (docs[0]?.version as Row | undefined) ?? main
  return { live: main._status === 'published', stored: toStored(latest) }
}

export const loadMainRow = async (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  (await req.payload.db.findOne({ collection, req, where: { id: { equals: id } } })) as (Row & { id: number | string }) | null
