import type { Payload } from 'payload'

import type { ContentCollection } from '../../content/content-collection'
import { contentUrl } from '../../content/queries/content-item'
import { siteUrl } from '../../env/site-url'
import type { Distribution, Media } from '../../payload-types'
import type { Outcome, SendBatch } from './adapter'

// What every non-email adapter reads of a distribution's content items (webhook, feed, social, conference).

type ContentDoc = Extract<Distribution['content'][number]['value'], object>
export type DistributedItem = { collection: ContentCollection; doc: ContentDoc }

/** The distribution's items in order (`content` populated); an item deleted since is left out. */
export const distributedItems = (distribution: Distribution): DistributedItem[] =>
  distribution.content.flatMap((ref) => (ref.value && typeof ref.value === 'object' ? [{ collection: ref.relationTo, doc: ref.value }] : []))

/** Where the item lives on the public site (SITE_URL). */
export const itemUrl = ({ collection, doc }: DistributedItem): string => new URL(contentUrl(collection, doc.slug || String(doc.id)), siteUrl()).toString()

/** The summary, else the SEO description (landing pages have no summary). */
export const itemSummary = ({ doc }: DistributedItem): string | null => ('summary' in doc && doc.summary) || doc.meta?.description || null

/** When it went live: the last workflow step to `published`, else its last save if it is published. */
export const itemPublishedAt = ({ doc }: DistributedItem): string | null =>
  doc.workflowLog?.filter((step) => step.to === 'published').at(-1)?.at ?? (doc._status === 'published' ? doc.updatedAt : null)

/** What every placement records when all its items were deleted after it was scheduled: no retry brings them back. */
export const NO_ITEMS = { ok: false, permanent: true, error: 'The distribution has no content item left (deleted since it was scheduled?)' } as const

/** A URL the marketer typed (CTA), absolute against the site. */
export const absoluteSiteUrl = (url: string): string => new URL(url, siteUrl()).toString()

/**
 * A `.catch` for building tracked links: a URL outside the allowed domains (a CTA) is refused the same way
 * on every retry, so it fails for good with the reason; anything else (the database) may pass later.
 */
export const refusedLink = (err: unknown): Extract<Outcome, { ok: false }> => {
  if (!(err instanceof Error) || err.name !== 'ValidationError') throw err
  const reasons = (err as { data?: { errors?: { message?: string }[] } }).data?.errors?.map((e) => e.message).filter(Boolean)
  return { ok: false, permanent: true, error: `Tracked link refused: ${reasons?.length ? reasons.join('; ') : err.message}` }
}

/** An upload field's document, loaded when the value is only its id (the runner reads variants at depth 0). */
export const loadMedia = async (payload: Payload, value: number | Media | null | undefined): Promise<Media | null> => {
  if (!value) return null
  if (typeof value === 'object') return value
  return payload.findByID({ collection: 'media', id: value, depth: 0, overrideAccess: true, disableErrors: true })
}

/** Absolute URL of an uploaded image, preferring a stored size (e.g. `og`); null for non-images. */
export const mediaUrl = (payload: Payload, media: Media | null | undefined, size?: keyof NonNullable<Media['sizes']>): string | null => {
  if (!media || (media.mimeType && !media.mimeType.startsWith('image/'))) return null
  const url = (size && media.sizes?.[size]?.url) || media.url
  // Payload serves uploads itself: relative to PUBLIC_URL (serverURL) when set, else to the site.
  return url ? new URL(url, payload.config.serverURL || siteUrl()).toString() : null
}

/**
 * The send of the one-delivery channels (feed, social, conference): the outcome is prepared once and
 * recorded for each delivery of the batch; a refused link or a failure becomes the recorded failure.
 */
export const recordPrepared = async (batch: SendBatch, prepare: () => Promise<Outcome>): Promise<void> => {
  const outcome = await prepare().catch(refusedLink)
  for (const delivery of batch.deliveries) {
    if (batch.signal.aborted) return
    await batch.record(delivery.id, outcome)
  }
}

/** A placement as an outcome: none (every item deleted since) is a permanent failure. */
export const placed = (placement: Record<string, unknown> | null): Outcome => (placement ? { ok: true, placement } : NO_ITEMS)
