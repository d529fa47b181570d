import type { Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bulkInsert } from '../../src/attribution/buffer/bulk-insert'
import { bootServer } from '../helpers/boot'
import { createUser, loginHeader } from '../helpers/users'
import { eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

const pageView = (messageId: string, extra: Record<string, unknown> = {}) => ({
  type: 'page',
  name: 'Pricing',
  messageId,
  anonymousId: 'anon-1',
  timestamp: '2026-11-20T09:00:00.000Z',
  context: { page: { url: 'https://example.com/pricing?utm_source=newsletter&utm_campaign=finance-q4&fw_click=0mx1abcdefGHIJKLMN', referrer: 'https://mail.example.com/' } },
  ...extra,
})

describe('POST /v1/events and sources', () => {
  let server: Server
  let admin: string, marketer: string, editor: string
  let source: { id: number; writeKey: string; secretKey: string }

  beforeAll(async () => {
    server = await bootServer({ TRACKING_FLUSH_MS: '100' })
    admin = await loginHeader(server.url, await createUser(server.payload, ['admin']))
    marketer = await loginHeader(server.url, await createUser(server.payload, ['marketer']))
    editor = await loginHeader(server.url, await createUser(server.payload, ['editor']))
  })
  afterAll(async () => server?.close())

  const call = async (method: string, path: string, init: { auth?: string; body?: unknown; raw?: string; type?: string } = {}) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        ...(init.auth ? { authorization: init.auth } : {}),
        ...(init.body !== undefined || init.raw !== undefined ? { 'content-type': init.type ?? 'application/json' } : {}),
      },
      body: init.raw ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
    })
    const text = await res.text()
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined }
  }
  const send = (batch: unknown[], key = source.writeKey) => call('POST', '/v1/events', { auth: `Bearer ${key}`, body: { batch } })
  const stored = (where: Where = {}) => server.payload.find({ collection: 'events', where, limit: 100, sort: 'messageId' })

  it('creates a source with generated keys that clients can neither set nor, but for admins, read', async () => {
    const created = await call('POST', '/api/sources', { auth: admin, body: { name: 'Website', writeKey: 'fw_w_mine', secretKey: 'fw_s_mine' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    source = created.body.doc
    expect(source.writeKey).toMatch(/^fw_w_[A-Za-z0-9_-]{32}$/)
    expect(source.secretKey).toMatch(/^fw_s_[A-Za-z0-9_-]{43}$/)
    const seenByMarketer = await call('GET', `/api/sources/${source.id}`, { auth: marketer })
    expect(seenByMarketer.body.writeKey).toBe(source.writeKey)
    expect(seenByMarketer.body.secretKey).toBeUndefined()
    expect((await call('GET', `/api/sources/${source.id}`, { auth: editor })).status).toBe(403)
    expect((await call('POST', '/api/sources', { auth: marketer, body: { name: 'Nope' } })).status).toBe(403)
    const edit = await call('PATCH', `/api/sources/${source.id}`, { auth: admin, body: { writeKey: 'fw_w_forced' } })
    expect(edit.body.doc.writeKey).toBe(source.writeKey)
  })

  it('accepts the good events of a batch, rejects each bad one with its reason, and stores them', async () => {
    const res = await send([
      pageView('m-1'),
      { type: 'track', event: 'sdk_integrated', messageId: 'm-2', userId: 'u-42', properties: { fw_click: '0mx1zzzzzzQQQQQQQ', plan: 'pro' } },
      { type: 'track', messageId: 'm-3', anonymousId: 'anon-1' },
      { type: 'identify', messageId: 'm-4', userId: 'u-42', anonymousId: 'anon-1', traits: { email: 'ana@bank.example' } },
      { type: 'page', anonymousId: 'anon-1' },
      { type: 'track', event: 'x', messageId: 'm-6', anonymousId: 'a', timestamp: 'yesterday' },
      { type: 'shout', messageId: 'm-7', anonymousId: 'a' },
      'not an event',
    ])
    expect(res.status, JSON.stringify(res.body)).toBe(202)
    expect(res.body.accepted).toBe(3)
    expect(res.body.duplicates).toBe(0)
    expect(res.body.rejected.map((r: { index: number }) => r.index)).toEqual([2, 4, 5, 6, 7])
    expect(res.body.rejected[0].error).toMatch(/track event needs an event name/)
    expect(res.body.rejected[1].error).toMatch(/messageId/)
    expect(res.body.rejected[2].error).toMatch(/timestamp/)
    expect(res.body.rejected[3].error).toMatch(/type must be/)

    const { docs } = await eventually(async () => ((await stored()).totalDocs === 3 ? stored() : undefined), 5000, 'the events to be written')
    expect(docs.map((d) => [d.messageId, d.type, d.event])).toEqual([
      ['m-1', 'page', 'Pricing'],
      ['m-2', 'track', 'sdk_integrated'],
      ['m-4', 'identify', null],
    ])
    expect(docs[0]).toMatchObject({ clickId: '0mx1abcdefGHIJKLMN', utmSource: 'newsletter', utmCampaign: 'finance-q4', anonymousId: 'anon-1', referrer: 'https://mail.example.com/', sourceId: source.id })
    expect(new Date(docs[0].at).toISOString()).toBe('2026-11-20T09:00:00.000Z')
    expect(docs[1]).toMatchObject({ clickId: '0mx1zzzzzzQQQQQQQ', userId: 'u-42', properties: { plan: 'pro', fw_click: '0mx1zzzzzzQQQQQQQ' } })
    expect(docs[2].traits).toEqual({ email: 'ana@bank.example' })
  })

  it('counts a repeated messageId as a duplicate and stores it once', async () => {
    const res = await send([pageView('m-1'), pageView('m-8'), pageView('m-8')])
    expect(res.body).toEqual({ accepted: 1, duplicates: 2, rejected: [] })
    await eventually(async () => (await stored({ messageId: { equals: 'm-8' } })).totalDocs === 1, 5000, 'm-8 to be written')
    expect((await stored()).totalDocs).toBe(4)
  })

  it('skips, in the database, a message stored before (another server, or before a restart)', async () => {
    const row = { dedupeKey: `${source.id}:m-1`, at: new Date().toISOString(), receivedAt: new Date().toISOString(), sourceId: source.id, messageId: 'm-1', type: 'page', event: 'again' }
    await bulkInsert(server.payload, 'events', [row, { ...row, dedupeKey: `${source.id}:m-9`, messageId: 'm-9' }], { ignoreDuplicates: true })
    expect((await stored({ messageId: { equals: 'm-1' } })).docs.map((d) => d.event)).toEqual(['Pricing'])
    expect((await stored({ messageId: { equals: 'm-9' } })).totalDocs).toBe(1)
  })

  it('takes the write key from the body of a text/plain beacon, and answers CORS preflights', async () => {
    const beacon = await call('POST', '/v1/events', { raw: JSON.stringify({ writeKey: source.writeKey, batch: [pageView('m-10')] }), type: 'text/plain;charset=UTF-8' })
    expect(beacon.status).toBe(202)
    expect(beacon.headers.get('access-control-allow-origin')).toBe('*')
    const preflight = await fetch(`${server.url}/v1/events`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/)
  })

  it('serves t.js with a long-lived ETag', async () => {
    const res = await fetch(`${server.url}/t.js`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/javascript/)
    expect(await res.text()).toContain('/v1/events')
    const etag = res.headers.get('etag')!
    expect((await fetch(`${server.url}/t.js`, { headers: { 'if-none-match': etag } })).status).toBe(304)
  })

  it('ties a page view to the tracked-link click it came from', async () => {
    await server.payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: [{ domain: 'example.com' }] } })
    const link = await server.payload.create({ collection: 'tracked-links', data: { code: 'ev-link', destinationType: 'url', url: 'https://example.com/landing', channel: 'newsletter' } })
    const click = await fetch(`${server.url}/l/${link.code}`, { redirect: 'manual', headers: { 'user-agent': 'Mozilla/5.0 Chrome/130.0' } })
    const landing = click.headers.get('location')!
    const clickId = new URL(landing).searchParams.get('fw_click')!
    const res = await send([{ type: 'page', messageId: 'tie-1', anonymousId: 'anon-tie', context: { page: { url: landing } } }])
    expect(res.body.accepted).toBe(1)
    const view = await eventually(async () => (await stored({ messageId: { equals: 'tie-1' } })).docs[0], 5000, 'the page view')
    expect(view).toMatchObject({ clickId, utmSource: 'newsletter', utmMedium: 'email' })
    const storedClick = await eventually(
      async () => (await server.payload.find({ collection: 'clicks', where: { clickId: { equals: clickId } } })).docs[0],
      5000,
      'the click',
    )
    expect(storedClick.linkId).toBe(link.id)
  })

  it('refuses missing, unknown and rotated keys, and malformed or oversized batches, in one envelope', async () => {
    const noKey = await call('POST', '/v1/events', { body: { batch: [pageView('k-1')] } })
    expect(noKey.status).toBe(401)
    expect(noKey.body.error).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/write key/) })
    expect((await send([pageView('k-2')], 'fw_w_unknown')).status).toBe(401)

    const rotated = await call('POST', `/api/sources/${source.id}/rotate`, { auth: admin, body: { key: 'write' } })
    expect(rotated.status).toBe(200)
    expect(rotated.body.writeKey).not.toBe(source.writeKey)
    expect((await send([pageView('k-3')])).status).toBe(401)
    expect((await send([pageView('k-4')], rotated.body.writeKey)).status).toBe(202)
    expect((await call('POST', `/api/sources/${source.id}/rotate`, { auth: marketer, body: { key: 'write' } })).status).toBe(403)
    expect((await call('POST', `/api/sources/${source.id}/rotate`, { auth: admin, body: { key: 'both' } })).status).toBe(400)
    source.writeKey = rotated.body.writeKey

    const tooMany = await send(Array.from({ length: 501 }, (_, i) => pageView(`big-${i}`)))
    expect(tooMany.status).toBe(400)
    expect(tooMany.body.error.message).toMatch(/more than 500 events/)
    const huge = await send([pageView('k-5', { properties: { blob: 'x'.repeat(600 * 1024) } })])
    expect(huge.status).toBe(413)
    expect(huge.body.error.code).toBe('payload_too_large')
    const bad = await call('POST', '/v1/events', { auth: `Bearer ${source.writeKey}`, raw: '{"batch": [', type: 'application/json' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.message).toMatch(/not valid JSON/)
    expect((await call('POST', '/v1/events', { auth: `Bearer ${source.writeKey}`, body: { events: [] } })).status).toBe(400)
  })
})
