import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { renderBlocks } from '../../blocks'
import { withPopulatedMedia } from '../../content/media-refs'
import { siteUrl } from '../../env/site-url'
import type { ChannelAdapter, Outcome, SendBatch } from './adapter'
import { postImageUrl } from './social'
import { distributedItems, itemSummary, itemUrl, recordPrepared, type DistributedItem } from './items'

// A page longer than this goes out without its HTML (readers follow the link): every feed request reads
// up to `feed.items` entries back from the database.
const MAX_HTML = 256 * 1024
const MAX_CATEGORIES = 60
const MAX_CATEGORY_CHARS = 120

/**
 * One entry of a feed as it was sent, kept in the delivery's `placement`: the feed routes render from it
 * alone (src/distribution/feeds/routes.ts), so a feed never re-reads content and always carries the
 * tracked links that were sent. Bounded, because the routes parse it back from a json column.
 */
export const feedEntrySchema = z.object({
  /** `<collection>/<id>`: the same item keeps its entry id however often it is sent. */
  id: z.string().min(1).max(120),
  title: z.string().min(1).max(300),
  summary: z.string().max(5000).optional(),
  contentHtml: z.string().max(MAX_HTML).optional(),
  url: z.url({ protocol: /^https?$/ }).max(2000),
  image: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  published: z.iso.datetime(),
  categories: z.array(z.string().min(1).max(MAX_CATEGORY_CHARS)).max(MAX_CATEGORIES).optional(),
})
export const feedPlacementSchema = z.object({ kind: z.literal('feed').optional(), items: z.array(feedEntrySchema).max(20) })

export type FeedEntry = z.infer<typeof feedEntrySchema>
export type FeedPlacement = z.infer<typeof feedPlacementSchema>

type Industry = { id: number; name?: string | null }
const idOf = (ref: number | Industry): number => (typeof ref === 'object' ? ref.id : ref)

const industriesOf = ({ doc }: DistributedItem): (number | Industry)[] => ('industries' in doc && doc.industries) || []
const tagsOf = ({ doc }: DistributedItem): string[] => ('tags' in doc && doc.tags) || []

/** Industry names by id, in one query for all the items (the runner populates content at depth 1 only). */
const industryNames = async (payload: Payload, items: DistributedItem[]): Promise<Map<number, string>> => {
  const ids = [...new Set(items.flatMap(industriesOf).map(idOf))]
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({ collection: 'industries', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true })
  return new Map(docs.map((doc) => [doc.id, doc.name]))
}

/**
 * Body and components rendered like the `html` field (src/fields/html.ts), but with absolute links and
 * image sources: a feed reader has no page to resolve `/guides/x` against.
 */
const contentHtml = async ({ doc }: DistributedItem, req: PayloadRequest): Promise<string | undefined> => {
  const body = 'body' in doc ? doc.body : undefined
  // Blocks as stored (typed per block), to the media helper's plain-record view of them.
  const blocks = [...(body ? [{ blockType: 'richText', id: 'body', content: body }] : []), ...(doc.layout ?? [])] as Parameters<typeof withPopulatedMedia>[0]
  if (blocks.length === 0) return undefined
  const html = renderBlocks(await withPopulatedMedia(blocks, req), { baseUrl: siteUrl().origin })
  return html && html.length <= MAX_HTML ? html : undefined
}

/**
 * The entries of one send, published now. The channel's variant speaks for the whole distribution, so
 * its subject, copy and image replace the item's only when there is one item; in a digest each entry
 * keeps its own (the copy stands in for a missing summary).
 */
export const feedEntries = async ({ payload, variant, trackedLink }: SendBatch, items: DistributedItem[]): Promise<FeedEntry[]> => {
  const single = items.length === 1
  const published = new Date().toISOString()
  const industries = await industryNames(payload, items)
  const req = await createLocalReq({}, payload)
  const entries: FeedEntry[] = []
  for (const item of items) {
    const { collection, doc } = item
    const names = [...industriesOf(item).map((ref) => industries.get(idOf(ref)) ?? ''), ...tagsOf(item)].map((c) => c.trim())
    const categories = [...new Set(names)].filter((c) => c && c.length <= MAX_CATEGORY_CHARS).slice(0, MAX_CATEGORIES)
    entries.push({
      id: `${collection}/${doc.id}`,
      title: (single && variant?.subject) || doc.title,
      summary: (single ? variant?.copy || itemSummary(item) : itemSummary(item) || variant?.copy) || undefined,
      contentHtml: await contentHtml(item, req),
      url: await trackedLink(itemUrl(item)),
      image: (await postImageUrl(payload, single ? variant?.image : null, item)) ?? undefined,
      published,
      categories: categories.length > 0 ? categories : undefined,
    })
  }
  return entries
}

/** The placement of a send, or why it cannot be made (the same on every retry, so a permanent failure). */
const feedPlacement = async (batch: SendBatch): Promise<Outcome> => {
  const items = distributedItems(batch.distribution)
  if (items.length === 0) return { ok: false, permanent: true, error: 'The distribution has no content item left to add to the feed' }
  // An entry must not link to a page the site does not serve.
  const draft = items.find(({ doc }) => doc._status !== 'published')
  if (draft) return { ok: false, permanent: true, error: `${draft.collection} ${draft.doc.id} ("${draft.doc.title}") is not published` }
  // Checked as the feed routes will read it back, so an entry that could not be shown fails here, loudly.
  const placement = feedPlacementSchema.safeParse({ kind: 'feed', items: await feedEntries(batch, items) })
  if (!placement.success) return { ok: false, permanent: true, error: `Feed entry not valid: ${z.prettifyError(placement.error)}` }
  return { ok: true, placement: placement.data }
}

/**
 * Feeds: "sending" a distribution to a feed channel adds its items to the feed. The one delivery per
 * distribution × channel × occurrence records the entries (with their tracked links) as its placement;
 * readers get them from GET /feeds/<slug>.xml, .atom and .json.
 */
export const feedAdapter: ChannelAdapter = {
  preview: async (batch) => ({ items: await feedEntries(batch, distributedItems(batch.distribution)) }),
  kind: 'feed',
  perRecipient: false,
  limits: () => ({ batchSize: 1, concurrency: 1 }),
  send: (batch) => recordPrepared(batch, () => feedPlacement(batch)),
}
