import type { Payload } from 'payload'

import { localization } from '../../localization'
import type { ContentCollection } from '../content-collection'

/**
 * One piece of content in a developer list, whatever its type: the fields every content type has
 * (landing pages have no summary: null), where it lives on the site and its rendered HTML.
 */
export type ContentItem = {
  collection: ContentCollection
  id: number | string
  slug: string
  title: string | null
  summary: string | null
  /** Site-relative path: `/<collection>/<slug>`, prefixed with `/<locale>` for other than the default locale. */
  url: string
  /** Rendered body and components (src/fields/html.ts); null when not asked for. */
  html: string | null
  status: 'draft' | 'published'
  updatedAt: string
}

export const contentUrl = (collection: string, slug: string, locale?: string): string =>
  `${locale && locale !== localization.defaultLocale ? `/${locale}` : ''}/${collection}/${slug}`

type Stored = { id: number | string; slug?: string | null; title?: string | null; summary?: string | null; html?: string | null; _status?: string | null; updatedAt: string }

export const toContentItem = (collection: ContentCollection, doc: Stored, locale?: string): ContentItem => ({
  collection,
  id: doc.id,
  slug: doc.slug ?? '',
  title: doc.title ?? null,
  summary: doc.summary ?? null,
  url: contentUrl(collection, doc.slug ?? String(doc.id), locale),
  html: doc.html ?? null,
  status: doc._status === 'published' ? 'published' : 'draft',
  updatedAt: doc.updatedAt,
})

/** Whether a content type has a top-level field (taxonomy differs: landing pages have no industries, …). */
export const hasField = (payload: Payload, collection: ContentCollection, name: string): boolean =>
  payload.collections[collection].config.flattenedFields.some((field) => field.name === name)
