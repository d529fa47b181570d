import type { PayloadRequest, Where } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../content-collection'
import { type ContentItem, hasField, toContentItem } from './content-item'

export type ListOptions = {
  /** One type, or every content type when absent. */
  type?: ContentCollection
  /** The filter for one type, or null when that type cannot match (it lacks the field). */
  where: (collection: ContentCollection) => Where | null
  limit: number
  locale?: string
  /** Render each item's HTML (costly: skip it when the caller does not read it). */
  html: boolean
  /** How many rows to read per type when the caller filters further (defaults to `limit`). */
  fetchLimit?: number
}

const PUBLISHED: Where = { _status: { equals: 'published' } }

const selectFor = (req: PayloadRequest, collection: ContentCollection, html: boolean) => {
  // `html` is computed from body and layout, so rendering needs the whole document.
  if (html) return undefined
  const fields = ['title', 'slug', 'summary', 'updatedAt', '_status'].filter(
    (name) => name === 'updatedAt' || name === '_status' || hasField(req.payload, collection, name),
  )
  return Object.fromEntries(fields.map((name) => [name, true]))
}

/**
 * Published content of one or all types matching a filter, newest first. These are delivery queries:
 * drafts never appear, whoever asks (a draft is read one at a time, by slug or id, with a preview
 * token or as a team member). Access still applies: `overrideAccess: false` with the caller's user.
 */
export const listContent = async (req: PayloadRequest, options: ListOptions): Promise<ContentItem[]> => {
  const types = options.type ? [options.type] : [...CONTENT_COLLECTIONS]
  const perType = await Promise.all(
    types.map(async (collection) => {
      const where = options.where(collection)
      if (!where) return []
      const { docs } = await req.payload.find({
        collection,
        where: { and: [PUBLISHED, where] },
        limit: options.fetchLimit ?? options.limit,
        sort: '-updatedAt',
        depth: 0,
        locale: options.locale as never,
        select: selectFor(req, collection, options.html) as never,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
      return docs.map((doc) => toContentItem(collection, doc as Parameters<typeof toContentItem>[1], options.locale ?? req.locale ?? undefined))
    }),
  )
  return perType
    .flat()
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, options.fetchLimit ?? options.limit)
}
