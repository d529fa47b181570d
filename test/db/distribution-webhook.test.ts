import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { XMLValidator } from 'fast-xml-parser'
import { createLocalReq, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Outcome, SendBatch } from '../../src/distribution/channels/adapter'
import { conferenceAdapter } from '../../src/distribution/channels/conference'
import { socialAdapter } from '../../src/distribution/channels/social'
import { webhookAdapter, type WebhookEvent } from '../../src/distribution/channels/webhook'
import { postedEndpoint } from '../../src/distribution/endpoints/posted'
import { trackedLinkFor } from '../../src/distribution/run/tracked-link'
import { verifySignature } from '../../src/distribution/webhook/signature'
import type { Channel, Delivery, Distribution } from '../../src/payload-types'
import { bootPayload } from '../helpers/boot'
import { createUser } from '../helpers/users'

const SITE = 'https://www.flywheel.test'
const SHORT = 'https://go.flywheel.test'
const TRACKED = new RegExp(`^${SHORT}/l/[A-Za-z0-9_-]+$`)

type Received = { path: string; headers: http.IncomingHttpHeaders; raw: Buffer }

describe('distribution adapters against real peers', () => {
  let payload: Payload
  let close: () => Promise<void>
  let base: string
  let refused: string
  let hook: Channel
  let distribution: Distribution
  let paper: { id: number; title: string; summary?: string | null; updatedAt: string }
  let keys = 0
  const received: Received[] = []
  const timers = new Set<NodeJS.Timeout>()

  // A receiver done right: it checks the signature against the raw bytes before it parses anything.
  const receiver = http.createServer(async (request, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const path = request.url ?? '/'
    received.push({ path, headers: request.headers, raw })
    if (path === '/slow') return void timers.add(setTimeout(() => res.writeHead(200).end(), 1500))
    if (path === '/500') return res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream database is down,\n   please retry')
    if (path === '/429') return res.writeHead(429, { 'retry-after': '1' }).end('slow down')
    if (path === '/410') return res.writeHead(410).end(JSON.stringify({ error: 'endpoint removed' }))
    if (path === '/moved') return res.writeHead(301, { location: '/hook' }).end()
    const check = verifySignature(hook.webhook?.secret as string, raw, request.headers['flywheel-signature'] as string | undefined)
    if (!check.ok) return res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: check.reason }))
    res.writeHead(202, { 'x-request-id': `rcv-${received.length}` }).end('{"ok":true}')
  })

  const idOf = (v: number | { id: number }) => (typeof v === 'object' ? v.id : v)
  const at = (path: string, channel = hook, webhook: Partial<NonNullable<Channel['webhook']>> = {}): Channel => ({ ...channel, webhook: { ...channel.webhook, url: `${base}${path}`, ...webhook } })

  const delivery = async (channel: Channel, status: Delivery['status'] = 'sending'): Promise<Delivery> =>
    payload.create({
      collection: 'deliveries',
      data: { sendKey: `d${distribution.id}:c${channel.id}:o0:${++keys}`, distributionId: distribution.id, channelId: channel.id, occurrence: 0, attempts: 0, status, dueAt: new Date().toISOString() },
      overrideAccess: true,
    })

  /** Runs the adapter over fresh deliveries as the runner would, collecting what it records. */
  const send = async (adapter: typeof webhookAdapter, channel: Channel, options: { dist?: Distribution; deliveries?: Delivery[]; signal?: AbortSignal } = {}) => {
    const dist = options.dist ?? distribution
    const deliveries = options.deliveries ?? [await delivery(channel)]
    const outcomes: { id: number; outcome: Outcome }[] = []
    const batch: SendBatch = {
      payload,
      channel,
      distribution: dist,
      variant: dist.variants?.find((v) => idOf(v.channel) === channel.id),
      deliveries,
      record: async (id, outcome) => void outcomes.push({ id, outcome }),
      trackedLink: (url) => trackedLinkFor(payload, dist, channel, url),
      signal: options.signal ?? new AbortController().signal,
    }
    await adapter.send(batch)
    return { outcomes, deliveries, outcome: outcomes[0]?.outcome }
  }

  const image = async (name: string) => {
    const data = await sharp({ create: { width: 1400, height: 900, channels: 3, background: '#3355ff' } }).png().toBuffer()
    return payload.create({ collection: 'media', data: { alt: name }, file: { data, mimetype: 'image/png', name, size: data.length } })
  }

  const distribute = async (title: string, channels: Channel[], variants: NonNullable<Distribution['variants']> = []) => {
    const created = await payload.create({
      collection: 'distributions',
      data: {
        title,
        content: [{ relationTo: 'white-papers', value: paper.id }],
        channels: channels.map((c) => c.id),
        campaign: (await payload.find({ collection: 'campaigns', limit: 1 })).docs[0].id,
        variants,
        schedule: { mode: 'now' },
        status: 'draft',
      },
    })
    // As the runner has it: content and channels populated, the rest (variants, campaign) at depth 0.
    const populated = await payload.findByID({ collection: 'distributions', id: created.id, depth: 1 })
    return { ...(await payload.findByID({ collection: 'distributions', id: created.id, depth: 0 })), content: populated.content, channels: populated.channels }
  }

  beforeAll(async () => {
    ;({ payload, close } = await bootPayload({ SITE_URL: SITE, PUBLIC_URL: SHORT }))
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
    const gone = http.createServer()
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve))
    refused = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/hook`
    await new Promise((resolve) => gone.close(resolve))

    await payload.create({ collection: 'campaigns', data: { name: 'Launch Q3', key: 'launch-q3', goal: 'acquire', lifecycleStage: 'growth', startsAt: '2026-07-01T00:00:00.000Z' } })
    const cover = await image('cover.png')
    paper = (await payload.create({
      collection: 'white-papers',
      data: { title: 'Growth layers in banking & insurance', slug: 'growth-layers', summary: 'How banks grow with layered journeys.', coverImage: cover.id, workflowState: 'published', _status: 'published' } as never,
      context: { seeding: true },
    })) as typeof paper
    hook = await payload.create({ collection: 'channels', data: { name: 'Partner hub', slug: 'partner-hub', kind: 'webhook', webhook: { url: `${base}/hook`, timeoutMs: 2000 } } })
    const banner = await image('banner.png')
    distribution = await distribute('Q3 launch', [hook], [{ channel: hook.id, subject: 'New: growth layers', copy: 'Read <this> & share', ctaLabel: 'Download', ctaUrl: '/white-papers/growth-layers?ref=hub', image: banner.id }])
  })
  afterAll(async () => {
    for (const timer of timers) clearTimeout(timer)
    receiver.closeAllConnections()
    await new Promise((resolve) => receiver.close(resolve))
    await close?.()
  })

  describe('webhook', () => {
    let first: Received
    let firstDelivery: Delivery

    it('delivers an event the receiver verifies against the raw body; a tampered copy fails its check', async () => {
      expect(hook.webhook?.secret).toMatch(/^whsec_/)
      const { outcome, deliveries } = await send(webhookAdapter, hook)
      firstDelivery = deliveries[0]
      first = received.at(-1) as Received
      expect(outcome).toEqual({ ok: true, messageId: `rcv-${received.length}` })
      expect(first.headers['content-type']).toBe('application/json')
      expect(first.headers['user-agent']).toBe('Flywheel-Webhooks/1')
      expect(first.headers['idempotency-key']).toBe(firstDelivery.sendKey)
      expect(verifySignature(hook.webhook?.secret as string, first.raw, first.headers['flywheel-signature'] as string)).toEqual({ ok: true })

      // Replayed to the same receiver with the genuine header: one changed byte, or the same JSON re-serialised.
      const tampered = Buffer.from(first.raw.toString().replace('Q3 launch', 'Q4 launch'))
      const reformatted = JSON.stringify(JSON.parse(first.raw.toString()), null, 2)
      for (const body of [tampered, reformatted]) {
        const res = await fetch(`${base}/hook`, { method: 'POST', headers: { 'content-type': 'application/json', 'flywheel-signature': first.headers['flywheel-signature'] as string }, body })
        expect(res.status).toBe(400)
        expect(await res.json()).toEqual({ error: 'signature_mismatch' })
      }
    })

    it('sends the distribution, channel, items and variant, with tracked links to the site', async () => {
      const event = JSON.parse(first.raw.toString()) as WebhookEvent
      expect(event).toEqual({
        id: firstDelivery.sendKey,
        type: 'distribution.published',
        distribution: { id: distribution.id, title: 'Q3 launch', campaign: 'launch-q3' },
        channel: { id: hook.id, slug: hook.slug },
        items: [{ collection: 'white-papers', id: paper.id, title: paper.title, summary: paper.summary, url: expect.stringMatching(TRACKED), publishedAt: paper.updatedAt }],
        variant: { subject: 'New: growth layers', copy: 'Read <this> & share', cta: { label: 'Download', url: expect.stringMatching(TRACKED) }, image: expect.stringMatching(new RegExp(`^${SHORT}/api/media/file/banner.*\\.png$`)) },
        sentAt: expect.any(String),
      })
      expect(Math.abs(Date.parse(event.sentAt) - Date.now())).toBeLessThan(60_000)
      const links = await payload.find({ collection: 'tracked-links', where: { distributionId: { equals: distribution.id } }, sort: 'id', depth: 0 })
      expect(links.docs.map((l) => [l.url, l.channel, l.utm?.campaign, `${SHORT}/l/${l.code}`])).toEqual([
        [`${SITE}/white-papers/growth-layers`, hook.slug, 'launch-q3', event.items[0].url],
        [`${SITE}/white-papers/growth-layers?ref=hub`, hook.slug, 'launch-q3', event.variant.cta?.url],
      ])
    })

    it('keeps the event id and Idempotency-Key of a delivery on a retry and reuses its tracked links', async () => {
      const { outcome } = await send(webhookAdapter, hook, { deliveries: [firstDelivery] })
      expect(outcome?.ok).toBe(true)
      const again = received.at(-1) as Received
      expect(again.headers['idempotency-key']).toBe(firstDelivery.sendKey)
      const [before, after] = [first, again].map((r) => JSON.parse(r.raw.toString()) as WebhookEvent)
      expect(after.id).toBe(before.id)
      expect(after.items[0].url).toBe(before.items[0].url)
      expect((await payload.count({ collection: 'tracked-links', where: { distributionId: { equals: distribution.id } } })).totalDocs).toBe(2)
    })

    it.each([
      ['/500', false, 'HTTP 500: upstream database is down, please retry'],
      ['/429', false, 'HTTP 429: slow down'],
      ['/410', true, 'HTTP 410: {"error":"endpoint removed"}'],
      ['/moved', true, 'HTTP 301 (redirects are not followed: use the final URL)'],
    ])('classifies a receiver answering %s (permanent: %s)', async (path, permanent, error) => {
      const count = received.length
      const { outcome } = await send(webhookAdapter, at(path))
      expect(outcome).toEqual({ ok: false, permanent, error })
      expect(received.slice(count).map((r) => r.path)).toEqual([path])
    })

    it('fails for good when the receiver refuses the signature (a 4xx), with its answer', async () => {
      const { outcome } = await send(webhookAdapter, at('/hook', hook, { secret: 'whsec_not-the-receivers' }))
      expect(outcome).toEqual({ ok: false, permanent: true, error: 'HTTP 400: {"error":"signature_mismatch"}' })
    })

    it('gives up on a slow receiver after the channel timeout, to retry later', async () => {
      const started = Date.now()
      const { outcome } = await send(webhookAdapter, at('/slow', hook, { timeoutMs: 300 }))
      expect(outcome).toEqual({ ok: false, error: 'no answer within 300 ms' })
      expect(Date.now() - started).toBeLessThan(1400)
    })

    it('retries when the receiver cannot be reached', async () => {
      const { outcome } = await send(webhookAdapter, { ...hook, webhook: { ...hook.webhook, url: refused } })
      expect(outcome).toEqual({ ok: false, error: 'request failed: ECONNREFUSED' })
    })

    it('records nothing once the batch is aborted, before or during the request', async () => {
      const count = received.length
      const before = await send(webhookAdapter, hook, { signal: AbortSignal.abort() })
      expect(before.outcomes).toEqual([])
      expect(received.length).toBe(count)
      const during = await send(webhookAdapter, at('/slow'), { signal: AbortSignal.timeout(150) })
      expect(during.outcomes).toEqual([])
      expect(received.at(-1)?.path).toBe('/slow')
    })

    it('fails for good, without a request, when the CTA leads outside the allowed domains', async () => {
      const count = received.length
      const dist = await distribute('Off-site CTA', [hook], [{ channel: hook.id, ctaUrl: 'https://evil.example.net/win' }])
      const { outcome } = await send(webhookAdapter, hook, { dist })
      expect(outcome).toMatchObject({ ok: false, permanent: true, error: expect.stringContaining('evil.example.net is not on the allowed destination domains') })
      expect(received.length).toBe(count)
    })
  })

  describe('social and conference placements', () => {
    it('prepares an X post trimmed to 280 with the link counted in, and the network image size', async () => {
      const x = await payload.create({ collection: 'channels', data: { name: 'X', slug: 'x', kind: 'social', social: { network: 'x', account: '@flywheel' } } })
      const dist = await distribute('Social launch', [x], [{ channel: x.id, copy: 'Layered journeys '.repeat(30) }])
      const { outcome } = await send(socialAdapter, x, { dist })
      if (!outcome?.ok) throw new Error(`not prepared: ${JSON.stringify(outcome)}`)
      const p = outcome.placement as Record<string, unknown> & { copy: string; link: string; length: number }
      expect(p).toMatchObject({ kind: 'social', network: 'x', account: '@flywheel', maxChars: 280, truncated: true, image: { width: 1600, height: 900 } })
      expect(p.link).toMatch(TRACKED)
      expect(p.copy.endsWith(`…\n\n${p.link}`)).toBe(true)
      expect(p.length).toBeLessThanOrEqual(280)
      expect(p.length).toBeGreaterThan(260)
      expect((p.image as { url: string }).url).toMatch(new RegExp(`^${SHORT}/api/media/file/cover-1200x630\\.png$`))
    })

    it('uses the item summary and its cover image when the channel has no variant', async () => {
      const li = await payload.create({ collection: 'channels', data: { name: 'LinkedIn page', slug: 'linkedin-page', kind: 'social', social: { network: 'linkedin' } } })
      const dist = await distribute('LinkedIn launch', [li])
      const { outcome } = await send(socialAdapter, li, { dist })
      const p = (outcome as unknown as { placement: { copy: string; link: string; image: { url: string } } }).placement
      expect(p.copy).toBe(`${paper.summary}\n\n${p.link}`)
      const [link] = (await payload.find({ collection: 'tracked-links', where: { distributionId: { equals: dist.id } } })).docs
      expect([link.url, link.channel]).toEqual([`${SITE}/white-papers/growth-layers`, li.slug])
      expect(p.image.url).toMatch(/cover-1200x630\.png$/)
    })

    it('prepares a conference poster: well-formed SVG with the escaped title, event, QR and short URL, plus a PNG QR', async () => {
      const booth = await payload.create({ collection: 'channels', data: { name: 'FinConf booth', slug: 'finconf-booth', kind: 'conference', conference: { event: 'FinConf <2026>', location: 'Hall 2 & booth A12', startsAt: '2026-09-14T08:00:00.000Z' } } })
      const dist = await distribute('Booth', [booth])
      const { outcome } = await send(conferenceAdapter, booth, { dist })
      const p = (outcome as unknown as { placement: { link: string; posterSvg: string; qrPng: string; event: string; startsAt: string } }).placement
      expect(p.link).toMatch(TRACKED)
      expect([p.event, p.startsAt]).toEqual(['FinConf <2026>', '2026-09-14T08:00:00.000Z'])
      expect(XMLValidator.validate(p.posterSvg)).toBe(true)
      expect(p.posterSvg).toContain('Growth layers in banking &amp; insurance')
      expect(p.posterSvg).toContain('FinConf &lt;2026&gt;')
      expect(p.posterSvg).toContain(`>${p.link}</text>`)
      expect(p.qrPng).toMatch(/^data:image\/png;base64,/)
      const png = await sharp(Buffer.from(p.qrPng.split(',')[1], 'base64')).metadata()
      expect([png.format, png.width]).toEqual(['png', 1024])
    })
  })

  describe('POST /api/deliveries/:id/posted', () => {
    const call = async (roles: Parameters<typeof createUser>[1] | null, id: number | string, body: unknown) => {
      const user = roles && { ...(await payload.findByID({ collection: 'users', id: (await createUser(payload, roles)).id })), collection: 'users' as const }
      const req = await createLocalReq(user ? { user } : {}, payload)
      Object.assign(req, { routeParams: { id: String(id) }, json: async () => body })
      return postedEndpoint.handler(req)
    }

    it('records where a prepared placement was posted', async () => {
      const li = await payload.create({ collection: 'channels', data: { name: 'LinkedIn posts', slug: 'linkedin-posts', kind: 'social', social: { network: 'linkedin' } } })
      const ready = await delivery(li, 'sent')
      const res = await call(['marketer'], ready.id, { url: ' https://www.linkedin.com/feed/update/urn:li:activity:1 ' })
      expect(res.status).toBe(200)
      const stored = await payload.findByID({ collection: 'deliveries', id: ready.id })
      expect(stored.postedUrl).toBe('https://www.linkedin.com/feed/update/urn:li:activity:1')
      expect(Math.abs(Date.parse(stored.postedAt as string) - Date.now())).toBeLessThan(60_000)
      expect(await res.json()).toEqual({ id: ready.id, postedAt: stored.postedAt, postedUrl: stored.postedUrl })

      const queued = await delivery(li, 'queued')
      const webhookSent = await delivery(hook, 'sent')
      const cases: [Parameters<typeof call>[0], number | string, unknown, number, RegExp][] = [
        [null, ready.id, { url: 'https://x.test/1' }, 401, /Sign in/],
        [['editor'], ready.id, { url: 'https://x.test/1' }, 403, /Only marketers and admins/],
        [['marketer'], ready.id, { url: 'javascript:alert(1)' }, 400, /http\(s\) address/],
        [['marketer'], ready.id, { url: `https://x.test/${'a'.repeat(2000)}` }, 400, /longer than 2000/],
        [['marketer'], ready.id, undefined, 400, /url must be a string/],
        [['admin'], 999_999, { url: 'https://x.test/1' }, 404, /No delivery 999999/],
        [['admin'], queued.id, { url: 'https://x.test/1' }, 400, /is queued: only a prepared placement/],
        [['admin'], webhookSent.id, { url: 'https://x.test/1' }, 400, /not a social or conference placement/],
      ]
      for (const [roles, id, body, status, message] of cases) {
        await expect(call(roles, id, body), `${status} ${message}`).rejects.toMatchObject({ status, message: expect.stringMatching(message) })
      }
    })
  })
})
