import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { querySql } from '../../src/db/raw-sql'
import { ensureDefaultLayers } from '../../src/growth/layers/ensure-defaults'
import { recomputeLayers } from '../../src/growth/layers/recompute'
import { bootServer } from '../helpers/boot'
import { ingestClient } from '../helpers/ingest'
import { createUser, loginHeader } from '../helpers/users'
import { eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

const DAY = 86_400_000

/**
 * The growth-layers engine end to end: behaviour sent to /v1/events and /v1/conversions places
 * contacts and accounts in the default layers and paying sub-tiers as it arrives; refunds and
 * inactivity move them down; a rule edit through the API recomputes every layer in the job.
 */
describe('growth layers', () => {
  let server: Server
  let client: Awaited<ReturnType<typeof ingestClient>>
  let admin: string

  beforeAll(async () => {
    server = await bootServer({ TRACKING_FLUSH_MS: '50', JOBS_AUTORUN: 'off' })
    client = await ingestClient(server.payload, () => server.url)
    admin = await loginHeader(server.url, await createUser(server.payload, ['admin']))
    await ensureDefaultLayers(server.payload)
  })
  afterAll(async () => server?.close())

  const settle = () => eventually(async () => server.tracking.stats().events.waiting === 0 || undefined, 5000, 'the events to be written')
  const standing = async (collection: 'contacts' | 'accounts', where: Record<string, unknown>) => {
    const doc = (await server.payload.find({ collection, where: where as never, depth: 1, limit: 1 })).docs[0]
    const layer = doc?.layer && typeof doc.layer === 'object' ? doc.layer.slug : null
    return { id: Number(doc?.id), layer, subTier: doc?.subTier ?? null, revenue: doc?.revenueToDate ?? null, purchases: doc?.purchases ?? null }
  }
  const contact = (email: string) => standing('contacts', { email: { equals: email } })
  const account = (domain: string) => standing('accounts', { domain: { equals: domain } })
  /** A person identified on the website, then doing `events` (track names). */
  const person = async (name: string, domain: string, ...events: string[]) => {
    await client.events(
      { type: 'identify', anonymousId: `a-${name}`, userId: `u-${name}`, traits: { email: `${name}@${domain}` } },
      ...events.map((event) => ({ type: 'track', event, anonymousId: `a-${name}` })),
    )
    await settle()
  }
  const purchase = (name: string, revenue: number, extra: Record<string, unknown> = {}) => client.convert({ event: 'purchase', userId: `u-${name}`, revenue, currency: 'USD', ...extra })
  const transitionsOf = async (contactId: number) =>
    (await server.payload.find({ collection: 'layer-transitions', where: { contact: { equals: contactId }, subjectType: { equals: 'contact' } }, sort: 'id', pagination: false })).docs
  const runJobs = async () => Object.values((await server.payload.jobs.run({ silent: true })).jobStatus ?? {})

  it('places each contact in the layer of its highest key behaviour as its events arrive', async () => {
    await person('gia', 'alpha.example', 'product_page_viewed')
    await person('pat', 'beta.example', 'product_page_viewed', 'sdk_integrated')
    await person('hal', 'gamma.example', 'sdk_integrated', 'dashboard_viewed')
    // A page view alone is activity, not a key behaviour.
    await client.events({ type: 'identify', anonymousId: 'a-ned', traits: { email: 'ned@delta.example' } }, { type: 'page', anonymousId: 'a-ned' })
    await settle()
    expect(await contact('gia@alpha.example')).toMatchObject({ layer: 'general-value', subTier: null })
    expect(await contact('pat@beta.example')).toMatchObject({ layer: 'potential-development' })
    expect(await contact('hal@gamma.example')).toMatchObject({ layer: 'heavy-retention' })
    expect(await contact('ned@delta.example')).toMatchObject({ layer: null })
    expect(await account('gamma.example')).toMatchObject({ layer: 'heavy-retention' })

    const [move] = await transitionsOf((await contact('pat@beta.example')).id)
    expect(move).toMatchObject({ fromLayer: null, toLayer: 'potential-development', direction: 'up', triggerKind: 'event', triggerEvent: 'sdk_integrated', triggerId: expect.stringMatching(/:m-\d+$/) })
  })

  it('counts a conversion of a key behaviour like the track event of that name', async () => {
    await person('cody', 'epsilon.example')
    await client.convert({ event: 'sdk_integrated', userId: 'u-cody' })
    expect(await contact('cody@epsilon.example')).toMatchObject({ layer: 'potential-development' })
  })

  it('subdivides paying contacts by revenue to date at every sub-tier, a repeat purchase making mid-level', async () => {
    const cases: [string, number[], string][] = [
      ['one', [9_999], 'one-time'],
      ['mid', [10_000], 'mid-level'],
      ['twice', [300, 200], 'mid-level'],
      ['pot', [50_000], 'potential-big'],
      ['big', [150_000, 50_000], 'big'],
    ]
    for (const [name, amounts] of cases) {
      await person(name, `${name}.example`, 'product_page_viewed')
      for (const revenue of amounts) await purchase(name, revenue)
    }
    for (const [name, amounts, tier] of cases) {
      expect(await contact(`${name}@${name}.example`)).toEqual(expect.objectContaining({ layer: 'paying', subTier: tier, revenue: amounts.reduce((a, b) => a + b), purchases: amounts.length }))
    }
    // Revenue in another currency is left out; the purchase still counts.
    await person('eur', 'eur.example')
    await purchase('eur', 80_000, { currency: 'EUR' })
    expect(await contact('eur@eur.example')).toMatchObject({ layer: 'paying', subTier: 'one-time', revenue: 0, purchases: 1 })

    const big = await contact('big@big.example')
    const moves = await transitionsOf(big.id)
    expect(moves.map((t) => [t.toLayer, t.toSubTier, t.direction, t.triggerKind, t.triggerEvent])).toEqual([
      ['general-value', null, 'up', 'event', 'product_page_viewed'],
      ['paying', 'potential-big', 'up', 'conversion', 'purchase'],
      ['paying', 'big', 'up', 'conversion', 'purchase'],
    ])
    const last = (await server.payload.find({ collection: 'conversions', where: { userId: { equals: 'u-big' } }, sort: '-id', limit: 1 })).docs[0]
    expect(moves[2].triggerId).toBe(String(last.id))
  })

  it("places an account by all its contacts' behaviour combined", async () => {
    await person('ann', 'omega.example', 'product_page_viewed')
    await person('bob', 'omega.example', 'dashboard_viewed')
    await purchase('ann', 6_000)
    await purchase('bob', 6_000)
    expect(await contact('ann@omega.example')).toMatchObject({ layer: 'paying', subTier: 'one-time' })
    expect(await contact('bob@omega.example')).toMatchObject({ layer: 'paying', subTier: 'one-time' })
    // 12,000 over two purchases: mid-level as a company.
    expect(await account('omega.example')).toMatchObject({ layer: 'paying', subTier: 'mid-level', revenue: 12_000, purchases: 2 })
  })

  it('moves a customer down a tier when a purchase is refunded', async () => {
    await person('ref', 'refund.example', 'product_page_viewed')
    const bought = await purchase('ref', 60_000, { idempotencyKey: 'order-77' })
    expect(await contact('ref@refund.example')).toMatchObject({ subTier: 'potential-big' })
    // The refund names the order; sent without ids, it still goes against the buyer.
    await client.convert({ event: 'refund', email: 'accounting@refund.example', revenue: 20_000, currency: 'USD', properties: { refundOf: 'order-77' } })
    const after = await contact('ref@refund.example')
    expect(after).toMatchObject({ layer: 'paying', subTier: 'mid-level', revenue: 40_000, purchases: 1 })
    const down = (await transitionsOf(after.id)).at(-1)
    expect(down).toMatchObject({ fromSubTier: 'potential-big', toSubTier: 'mid-level', direction: 'down', triggerKind: 'conversion', triggerEvent: 'refund' })
    expect(bought.id).toBeGreaterThan(0)
  })

  it('demotes contacts and accounts inactive for 90 days to dormant in the recompute', async () => {
    await person('zed', 'sleepy.example', 'product_page_viewed', 'sdk_integrated', 'dashboard_viewed')
    await purchase('zed', 1_000)
    expect(await contact('zed@sleepy.example')).toMatchObject({ layer: 'paying' })
    // 100 days pass without a sign of zed.
    const shift = (table: string, column: string, where: string, args: unknown[]) =>
      querySql(server.payload, `UPDATE ${table} SET at = ? WHERE ${column} ${where}`, [new Date(Date.now() - 100 * DAY).toISOString(), ...args])
    await shift('events', 'anonymous_id', '= ?', ['a-zed'])
    await shift('conversions', 'user_id', '= ?', ['u-zed'])
    const result = await recomputeLayers(server.payload)
    expect(result).toMatchObject({ contacts: expect.any(Number), transitions: 2 })
    const zed = await contact('zed@sleepy.example')
    expect(zed).toMatchObject({ layer: 'dormant', subTier: null })
    expect(await account('sleepy.example')).toMatchObject({ layer: 'dormant' })
    expect((await transitionsOf(zed.id)).at(-1)).toMatchObject({ fromLayer: 'paying', fromSubTier: 'one-time', toLayer: 'dormant', direction: 'down', triggerKind: 'dormancy' })
    // Nothing else moved, and a second recompute changes nothing.
    expect((await recomputeLayers(server.payload)).transitions).toBe(0)
    // Back on the website: out of dormancy with the next event.
    await client.events({ type: 'page', anonymousId: 'a-zed' })
    await settle()
    expect(await contact('zed@sleepy.example')).toMatchObject({ layer: 'paying', subTier: 'one-time' })
  })

  it('recomputes every layer in the job when a rule is edited through the API, and not for a description', async () => {
    const layer = (await server.payload.find({ collection: 'growth-layers', where: { slug: { equals: 'general-value' } } })).docs[0]
    const patch = (data: Record<string, unknown>) =>
      fetch(`${server.url}/api/growth-layers/${layer.id}`, { method: 'PATCH', headers: { authorization: admin, 'content-type': 'application/json' }, body: JSON.stringify(data) })
    await runJobs() // the crediting queued by earlier recomputes
    expect((await patch({ description: 'Visited a product page' })).status).toBe(200)
    expect(await runJobs()).toEqual([])

    const saved = await patch({ conditions: [{ metric: 'event-count', event: 'product_page_viewed', min: 2 }] })
    expect(saved.status, await saved.text()).toBe(200)
    expect(await contact('gia@alpha.example')).toMatchObject({ layer: 'general-value' })
    expect(await runJobs()).toContainEqual({ status: 'success' })
    expect(await contact('gia@alpha.example')).toMatchObject({ layer: null })
    expect((await transitionsOf((await contact('gia@alpha.example')).id)).at(-1)).toMatchObject({ fromLayer: 'general-value', toLayer: null, direction: 'down', triggerKind: 'recompute' })
    const pat = await contact('pat@beta.example')
    expect(pat.layer).toBe('potential-development')
  })

  it('leaves a contact placed by hand in a layer without conditions, and queues nothing for such a layer', async () => {
    await runJobs()
    const vip = await server.payload.create({ collection: 'growth-layers', data: { name: 'VIP', slug: 'vip', rank: 10 } })
    expect(await runJobs()).toEqual([])
    const hal = await contact('hal@gamma.example')
    await server.payload.update({ collection: 'contacts', id: hal.id, data: { layer: vip.id } })
    await client.events({ type: 'track', event: 'dashboard_viewed', anonymousId: 'a-hal' })
    await settle()
    await recomputeLayers(server.payload)
    expect(await contact('hal@gamma.example')).toMatchObject({ layer: 'vip' })
    await server.payload.delete({ collection: 'growth-layers', id: vip.id })
    expect(await runJobs()).toContainEqual({ status: 'success' })
    expect(await contact('hal@gamma.example')).toMatchObject({ layer: 'heavy-retention' })
  })

  it('refuses a condition without its event or with a window out of range, naming the field', async () => {
    const create = (conditions: unknown[]) =>
      fetch(`${server.url}/api/growth-layers`, { method: 'POST', headers: { authorization: admin, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Test', slug: 'test', rank: 9, conditions }) })
    const noEvent = await create([{ metric: 'event-count', min: 1 }])
    expect(noEvent.status).toBe(400)
    expect((await noEvent.json()).errors[0].data.errors[0]).toMatchObject({ path: 'conditions.0.event', message: expect.stringMatching(/Name the event/) })
    const window = await create([{ metric: 'event-count', event: 'x', withinDays: 5000, min: 1 }])
    expect((await window.json()).errors[0].data.errors[0]).toMatchObject({ path: 'conditions.0.withinDays' })
    const settings = await fetch(`${server.url}/api/globals/layer-settings`, {
      method: 'POST',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ subTiers: [{ slug: 'one-time', name: 'One', minRevenue: 0 }, { slug: 'mid-level', name: 'Mid', minRevenue: 0 }] }),
    })
    expect(settings.status).toBe(400)
  })

  it('previews who a rule would take, for admins and marketers only', async () => {
    const preview = async (body: unknown, authorization = admin) => {
      const res = await fetch(`${server.url}/api/growth-layers/preview`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: res.status, body: await res.json() }
    }
    const dashboards = await preview({ conditions: [{ metric: 'event-count', event: 'dashboard_viewed', min: 1 }] })
    expect(dashboards.status).toBe(200)
    expect(dashboards.body).toMatchObject({ contacts: 3, accounts: 3 })
    expect(dashboards.body.examples.contacts.map((c: { email: string }) => c.email).sort()).toEqual(['bob@omega.example', 'hal@gamma.example', 'zed@sleepy.example'])
    expect((await preview({ match: 'any', conditions: [{ metric: 'revenue', min: 200_000 }, { metric: 'conversion-count', event: 'refund', min: 1 }] })).body).toMatchObject({ contacts: 2 })
    const bad = await preview({ conditions: [{ metric: 'event-count', min: 1 }] })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toMatch(/Name the event/)
    const editor = await loginHeader(server.url, await createUser(server.payload, ['editor']))
    expect((await preview({ conditions: [{ metric: 'purchases', min: 1 }] }, editor)).status).toBe(403)
  })
})
