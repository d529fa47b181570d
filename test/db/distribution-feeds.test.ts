import { XMLParser, XMLValidator } from 'fast-xml-parser'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Outcome } from '../../src/distribution/channels/adapter'
import { feedAdapter } from '../../src/distribution/channels/feed'
import { JSON_FEED_VERSION } from '../../src/distribution/feeds/json-feed'
import { trackedLinkFor } from '../../src/distribution/run/tracked-link'
import type { Channel, Delivery, Distribution } from '../../src/payload-types'
import { link, p, richText } from '../../src/seed/data/richtext'
import { bootServer } from '../helpers/boot'
import { sleep } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>
// Parsed XML: elements and @attributes, as fast-xml-parser gives them.
type Xml = Record<string, any>

const SITE = 'https://www.flywheel.test'
const SLUG = 'partner-feed'
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} [\d:]{8} GMT$/
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/
const TRACKED = /^https?:\/\/[^/]+\/l\/([A-Za-z0-9_-]+)$/
const PUBLISHED = { workflowState: 'published', _status: 'published' }

const xml = (body: string, lists: string[]): Xml => {
  expect(XMLValidator.validate(body)).toBe(true)
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => lists.includes(name) }).parse(body)
}

/**
 * Feed channels end to end: the feed adapter "sends" a distribution (its entries and tracked links go
 * into the delivery's placement, recorded as the runner does), and the public routes serve what was
 * sent as RSS 2.0, Atom 1.0 and JSON Feed 1.1 with conditional GET.
 */
describe('feed channels: /feeds/<slug>.xml, .atom and .json', () => {
  let server: Server
  let channel: Channel
  let paperId: number, articleId: number, draftId: number, campaignId: number
  let ogUrl: string

  beforeAll(async () => {
    server = await bootServer({ SITE_URL: SITE })
    const { payload } = server
    channel = await payload.create({ collection: 'channels', data: { name: 'Partner feed', slug: SLUG, kind: 'feed', feed: { description: 'Flywheel for partner sites', items: 10 } } })
    await payload.create({ collection: 'channels', data: { name: 'Newsletter', slug: 'newsletter', kind: 'email' } })
    const finance = await payload.create({ collection: 'industries', data: { name: 'Finance', slug: 'finance' } })
    const png = await sharp({ create: { width: 1400, height: 800, channels: 3, background: '#336699' } }).png().toBuffer()
    const cover = await payload.create({ collection: 'media', data: { alt: 'Cover' }, file: { data: png, mimetype: 'image/png', name: 'cover.png', size: png.length } })
    ogUrl = new URL(cover.sizes?.og?.url as string, SITE).toString()
    const paper = await payload.create({
      collection: 'white-papers',
      data: {
        title: 'Growth layers in banking',
        slug: 'growth-layers-in-banking',
        summary: 'How banks grow.',
        body: richText(p('Start with ', link('/guides/start', 'the guide'), ' & go.')),
        coverImage: cover.id,
        industries: [finance.id],
        tags: ['banking', 'growth'],
        ...PUBLISHED,
      } as never,
      context: { seeding: true },
    })
    const createArticle = (data: Record<string, unknown>) => payload.create({ collection: 'articles', data: { format: 'article', ...data } as never, context: { seeding: true } })
    const article = await createArticle({ title: 'Layers in retail', slug: 'layers-in-retail', summary: 'Retail, layered.', ...PUBLISHED })
    const draft = await createArticle({ title: 'Unreleased', slug: 'unreleased', _status: 'draft' })
    ;[paperId, articleId, draftId] = [paper.id, article.id, draft.id]
    const campaign = await payload.create({
      collection: 'campaigns',
      data: { name: 'Partners Q3', key: 'partners-q3', goal: 'acquire', lifecycleStage: 'growth', startsAt: '2026-01-01T00:00:00.000Z' },
    })
    campaignId = campaign.id
  })
  afterAll(async () => server?.close())

  /** A distribution sent to the feed channel the way the runner does it: one claimed delivery, recorded. */
  const send = async (content: Distribution['content'], variant: { subject?: string; copy?: string } = {}): Promise<Delivery> => {
    const { payload } = server
    const created = await payload.create({
      collection: 'distributions',
      data: {
        title: `To partners ${Date.now()}`,
        content,
        channels: [channel.id],
        campaign: campaignId,
        variants: [{ channel: channel.id, ...variant }],
        status: 'draft',
        schedule: { mode: 'now' },
      },
    })
    const distribution = await payload.findByID({ collection: 'distributions', id: created.id, depth: 1, overrideAccess: true })
    const delivery = await payload.create({
      collection: 'deliveries',
      data: { sendKey: `${distribution.id}:${channel.id}:0:-`, distributionId: distribution.id, channelId: channel.id, occurrence: 0, status: 'sending', attempts: 0, dueAt: new Date().toISOString() },
      overrideAccess: true,
    })
    const record = async (deliveryId: number, outcome: Outcome) => {
      const data = outcome.ok
        ? { status: 'sent' as const, sentAt: new Date().toISOString(), placement: outcome.placement ?? null, attempts: 1 }
        : { status: 'failed' as const, lastError: outcome.error, attempts: 1 }
      await payload.update({ collection: 'deliveries', id: deliveryId, data, overrideAccess: true })
    }
    await feedAdapter.send({
      payload,
      channel,
      distribution,
      variant: distribution.variants?.[0],
      deliveries: [delivery],
      record,
      trackedLink: (url) => trackedLinkFor(payload, distribution, channel, url),
      signal: new AbortController().signal,
    })
    return payload.findByID({ collection: 'deliveries', id: delivery.id, overrideAccess: true })
  }
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })
  const paper = () => [{ relationTo: 'white-papers' as const, value: paperId }]
  const article = () => [{ relationTo: 'articles' as const, value: articleId }]

  it('records the entry, with a tracked link, as the delivery placement', async () => {
    const delivery = await send(paper(), { copy: 'Our banking paper, for your readers.' })
    expect(delivery.status).toBe('sent')
    const [entry] = (delivery.placement as { items: Record<string, unknown>[] }).items
    expect(entry).toMatchObject({
      id: `white-papers/${paperId}`,
      title: 'Growth layers in banking',
      summary: 'Our banking paper, for your readers.',
      image: ogUrl,
      categories: ['Finance', 'banking', 'growth'],
    })
    expect(entry.url).toMatch(TRACKED)
    // Links in the body are absolute: a reader has no page to resolve /guides/start against.
    expect(entry.contentHtml).toContain(`href="${SITE}/guides/start"`)
    const { docs: links } = await server.payload.find({ collection: 'tracked-links', where: { distributionId: { equals: delivery.distributionId } } })
    expect(links.map((l) => [l.url, l.channel])).toEqual([[`${SITE}/white-papers/growth-layers-in-banking`, SLUG]])
  })

  it('serves RSS 2.0 with the required channel and item elements', async () => {
    const res = await get(`/feeds/${SLUG}.xml`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=60')
    const { rss } = xml(await res.text(), ['item', 'category'])
    expect(rss['@version']).toBe('2.0')
    const { channel: ch } = rss
    expect(ch).toMatchObject({ title: 'Partner feed', link: `${SITE}/`, description: 'Flywheel for partner sites' })
    expect(ch['atom:link']['@href']).toBe(`${server.url}/feeds/${SLUG}.xml`)
    expect(ch.lastBuildDate).toMatch(RFC_822)
    expect(ch.item).toHaveLength(1)
    const [item] = ch.item
    expect(item.title).toBe('Growth layers in banking')
    expect(item.link).toMatch(TRACKED)
    expect(item.guid).toMatchObject({ '#text': `tag:www.flywheel.test,2026:white-papers%2F${paperId}`, '@isPermaLink': 'false' })
    expect(item.pubDate).toMatch(RFC_822)
    expect(item.description).toBe('Our banking paper, for your readers.')
    expect(item.category).toEqual(['Finance', 'banking', 'growth'])
    expect(item['content:encoded']).toContain(`href="${SITE}/guides/start"`)
    expect(item['media:content']['@url']).toBe(ogUrl)
  })

  it('serves Atom 1.0 with the required feed and entry elements', async () => {
    const res = await get(`/feeds/${SLUG}.atom`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const { feed } = xml(await res.text(), ['entry', 'category', 'link'])
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe(`${server.url}/feeds/${SLUG}.atom`)
    expect(feed.title['#text']).toBe('Partner feed')
    expect(feed.updated).toMatch(RFC_3339)
    expect(feed.author.name).toBe('Partner feed')
    expect(feed.link.find((l: Xml) => l['@rel'] === 'self')['@href']).toBe(`${server.url}/feeds/${SLUG}.atom`)
    expect(feed.entry).toHaveLength(1)
    const [entry] = feed.entry
    expect(entry.id).toBe(`tag:www.flywheel.test,2026:white-papers%2F${paperId}`)
    expect(entry.title['#text']).toBe('Growth layers in banking')
    expect(entry.updated).toMatch(RFC_3339)
    expect(entry.link[0]).toMatchObject({ '@rel': 'alternate', '@href': expect.stringMatching(TRACKED) })
    expect(entry.content['@type']).toBe('html')
  })

  it('serves JSON Feed 1.1 with the required fields', async () => {
    const res = await get(`/feeds/${SLUG}.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/feed+json; charset=utf-8')
    const feed = await res.json()
    expect(feed).toMatchObject({ version: JSON_FEED_VERSION, title: 'Partner feed', home_page_url: `${SITE}/`, feed_url: `${server.url}/feeds/${SLUG}.json` })
    expect(feed.items).toHaveLength(1)
    const [item] = feed.items
    expect(item).toMatchObject({ id: `tag:www.flywheel.test,2026:white-papers%2F${paperId}`, title: 'Growth layers in banking', image: ogUrl, tags: ['Finance', 'banking', 'growth'] })
    expect(item.content_html ?? item.content_text).toBeTruthy()
    expect(item.date_published).toMatch(RFC_3339)
    expect(item.url).toMatch(TRACKED)
  })

  it('links every format to the same tracked link, which redirects to the content page', async () => {
    const rss = xml(await (await get(`/feeds/${SLUG}.xml`)).text(), ['item'])
    const atom = xml(await (await get(`/feeds/${SLUG}.atom`)).text(), ['entry', 'link'])
    const json = await (await get(`/feeds/${SLUG}.json`)).json()
    const url = rss.rss.channel.item[0].link
    expect(atom.feed.entry[0].link[0]['@href']).toBe(url)
    expect(json.items[0].url).toBe(url)
    const res = await fetch(`${server.url}${new URL(url).pathname}`, { redirect: 'manual', headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0' } })
    expect(res.status).toBe(302)
    const location = new URL(res.headers.get('location') as string)
    expect(`${location.origin}${location.pathname}`).toBe(`${SITE}/white-papers/growth-layers-in-banking`)
    expect(location.searchParams.get('utm_source')).toBe(SLUG)
    expect(location.searchParams.get('utm_campaign')).toBe('partners-q3')
  })

  it('answers 304 to If-None-Match and If-Modified-Since, and 200 with a new ETag once an entry is added', async () => {
    const first = await get(`/feeds/${SLUG}.json`)
    const etag = first.headers.get('etag') as string
    const lastModified = first.headers.get('last-modified') as string
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(lastModified).toMatch(RFC_822)

    const byEtag = await get(`/feeds/${SLUG}.json`, { 'if-none-match': etag })
    expect(byEtag.status).toBe(304)
    expect(await byEtag.text()).toBe('')
    expect(byEtag.headers.get('etag')).toBe(etag)
    expect((await get(`/feeds/${SLUG}.json`, { 'if-modified-since': lastModified })).status).toBe(304)
    // Each format has its own bytes, so its own ETag.
    expect((await get(`/feeds/${SLUG}.xml`, { 'if-none-match': etag })).status).toBe(200)

    // HTTP dates count whole seconds: the next send must land in a later one.
    await sleep(1100)
    await send(article())
    const changed = await get(`/feeds/${SLUG}.json`, { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect((await get(`/feeds/${SLUG}.json`, { 'if-modified-since': lastModified })).status).toBe(200)
    // Newest first.
    expect((await changed.json()).items.map((i: { title: string }) => i.title)).toEqual(['Layers in retail', 'Growth layers in banking'])
  })

  it('lists an item sent again once, at its latest send, and in a digest keeps each item its own title', async () => {
    await sleep(20)
    const delivery = await send([...paper(), ...article()], { subject: 'Digest subject', copy: 'Digest copy' })
    const titles = (delivery.placement as { items: { title: string }[] }).items.map((i) => i.title)
    expect(titles).toEqual(['Growth layers in banking', 'Layers in retail'])
    const feed = await (await get(`/feeds/${SLUG}.json`)).json()
    const ids = feed.items.map((i: { id: string }) => i.id)
    expect(ids).toEqual([`tag:www.flywheel.test,2026:white-papers%2F${paperId}`, `tag:www.flywheel.test,2026:articles%2F${articleId}`])
    // The paper's entry is the digest's now: its own summary, not the variant's copy.
    expect(feed.items[0].summary).toBe('How banks grow.')
  })

  it('adds no entry for a distribution with an unpublished item: the delivery fails for good', async () => {
    const before = (await get(`/feeds/${SLUG}.json`)).headers.get('etag')
    const delivery = await send([{ relationTo: 'articles', value: draftId }])
    expect(delivery.status).toBe('failed')
    expect(delivery.lastError).toContain('is not published')
    expect((await get(`/feeds/${SLUG}.json`)).headers.get('etag')).toBe(before)
  })

  it('shows at most the channel’s number of items', async () => {
    await server.payload.update({ collection: 'channels', id: channel.id, data: { feed: { items: 1 } } })
    const rss = xml(await (await get(`/feeds/${SLUG}.xml`)).text(), ['item'])
    expect(rss.rss.channel.item.map((i: Xml) => i.title)).toEqual(['Growth layers in banking'])
  })

  it('answers 404 with the error envelope for an unknown slug, a channel of another kind and an unknown format', async () => {
    for (const path of ['/feeds/nobody.xml', '/feeds/newsletter.atom', `/feeds/${SLUG}.txt`, `/feeds/${SLUG}`]) {
      const res = await get(path)
      expect(res.status, path).toBe(404)
      const body = await res.json()
      expect(body.error.code, path).toBe('not_found')
      expect(typeof body.error.message).toBe('string')
    }
  })
})
