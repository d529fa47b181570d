import express, { type Request, type Router } from 'express'
import type { Payload } from 'payload'

import { siteUrl } from '../../env/site-url'
import { localization } from '../../localization'
import { sendError } from '../../server/errors'
import { feedPlacementSchema } from '../channels/feed'
import { ATOM_CONTENT_TYPE, renderAtom } from './atom'
import { feedValidators, isNotModified } from './conditional'
import type { Feed, FeedItem } from './feed'
import { JSON_FEED_CONTENT_TYPE, renderJsonFeed } from './json-feed'
import { RSS_CONTENT_TYPE, renderRss } from './rss'

const FORMATS = {
  xml: { contentType: RSS_CONTENT_TYPE, render: renderRss },
  atom: { contentType: ATOM_CONTENT_TYPE, render: renderAtom },
  json: { contentType: JSON_FEED_CONTENT_TYPE, render: renderJsonFeed },
} as const

// A channel slug (src/fields/slug.ts: at most 96 characters) and the format's extension.
const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.(xml|atom|json)$/

// Readers and proxies may keep a feed a minute; after that a conditional GET costs them a 304.
const CACHE_CONTROL = 'public, max-age=60'

// Delivered placements: a later status (a click recorded on the delivery) must not drop an entry.
const DELIVERED = ['sent', 'opened', 'clicked']

/** Where the feeds are served: PUBLIC_URL, else the origin the request came to (as short links do). */
const publicOrigin = (req: Request): string => (process.env.PUBLIC_URL || `${req.protocol}://${req.get('host')}`).replace(/\/$/, '')

/**
 * A feed channel's feed: the entries its sent deliveries recorded, newest first, one per content item
 * (its latest send), at most `feed.items`. Undefined for an unknown slug or a channel of another kind.
 */
export const loadFeed = async (payload: Payload, slug: string, origin: string): Promise<Feed | undefined> => {
  const { docs: channels } = await payload.find({
    collection: 'channels',
    where: { slug: { equals: slug } },
    // Only what the feed shows: the channel also holds SMTP URLs and webhook secrets.
    select: { name: true, kind: true, feed: true, updatedAt: true },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const channel = channels[0]
  if (!channel || channel.kind !== 'feed') return undefined
  const max = channel.feed?.items ?? 50
  const { docs: deliveries } = await payload.find({
    collection: 'deliveries',
    where: { and: [{ channelId: { equals: channel.id } }, { status: { in: DELIVERED } }, { sentAt: { exists: true } }] },
    select: { placement: true, sentAt: true },
    sort: ['-sentAt', '-id'],
    // Each delivery holds at least one entry.
    limit: max,
    depth: 0,
    overrideAccess: true,
  })
  const items = new Map<string, FeedItem>()
  for (const delivery of deliveries) {
    const placement = feedPlacementSchema.safeParse(delivery.placement)
    if (!placement.success) {
      payload.logger.warn({ msg: `feed ${slug}: delivery ${delivery.id} has no valid feed entries`, issues: placement.error.issues.slice(0, 3) })
      continue
    }
    for (const { published, ...entry } of placement.data.items) {
      if (!items.has(entry.id)) items.set(entry.id, { ...entry, published: new Date(published) })
    }
  }
  const newest = deliveries[0]?.sentAt ? new Date(deliveries[0].sentAt) : new Date(0)
  const changed = new Date(channel.updatedAt)
  return {
    title: channel.name,
    description: channel.feed?.description || channel.name,
    siteUrl: siteUrl().toString(),
    selfUrls: { rss: `${origin}/feeds/${slug}.xml`, atom: `${origin}/feeds/${slug}.atom`, json: `${origin}/feeds/${slug}.json` },
    // A renamed channel changes the feed as much as a new entry does.
    updated: newest > changed ? newest : changed,
    language: localization.defaultLocale,
    items: [...items.values()].slice(0, max),
  }
}

/**
 * The public feeds of feed channels, lean like the tracking routes (never through Payload's REST or
 * Next). No server-side cache: two indexed queries per poll, and the strong ETag of the rendered body
 * turns an unchanged feed into a 304.
 */
export const feedRoutes = (payload: () => Payload | undefined): Router => {
  const router = express.Router()

  // GET /feeds/:slug.xml|.atom|.json – a feed channel's sent entries as RSS 2.0, Atom 1.0 or JSON Feed 1.1
  router.get('/feeds/:file', async (req, res) => {
    const match = FILE.exec(req.params.file)
    if (!match || match[1].length > 96) return void sendError(res, 404, 'not_found', 'A feed is /feeds/<channel slug>.xml, .atom or .json')
    const instance = payload()
    if (!instance) {
      res.setHeader('Retry-After', '2')
      return void sendError(res, 503, 'not_ready', 'Flywheel is starting')
    }
    const [, slug, extension] = match
    const feed = await loadFeed(instance, slug, publicOrigin(req))
    if (!feed) return void sendError(res, 404, 'not_found', `No feed channel "${slug}"`)
    const format = FORMATS[extension as keyof typeof FORMATS]
    const body = format.render(feed)
    const validators = feedValidators(body, feed.updated)
    res.setHeader('Content-Type', format.contentType)
    res.setHeader('ETag', validators.etag)
    res.setHeader('Last-Modified', validators.lastModified)
    res.setHeader('Cache-Control', CACHE_CONTROL)
    if (isNotModified({ ifNoneMatch: req.get('if-none-match'), ifModifiedSince: req.get('if-modified-since') }, validators)) {
      return void res.status(304).end()
    }
    res.status(200).send(body)
  })

  return router
}
