import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storeClicks } from '../../src/attribution/clicks/store-clicks'
import { bootServer } from '../helpers/boot'
import { ingestClient } from '../helpers/ingest'
import { createUser, loginHeader } from '../helpers/users'
import { eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()
const round = (n: number) => Math.round(n * 1e6) / 1e6

/**
 * What admins steer in the attribution settings — lookback windows, the time-decay half-life, crediting
 * an account's buying committee — and the recompute that applies a change to every stored credit;
 * and reports grouped by the growth layer contacts were in when converting.
 */
describe('attribution settings and recompute', () => {
  let server: Server
  let client: Awaited<ReturnType<typeof ingestClient>>
  let admin: string
  const now = Date.now()

  beforeAll(async () => {
    server = await bootServer({ TRACKING_FLUSH_MS: '50', JOBS_AUTORUN: 'off' })
    client = await ingestClient(server.payload, () => server.url)
    admin = await loginHeader(server.url, await createUser(server.payload, ['admin']))
  })
  afterAll(async () => server?.close())

  const click = (clickId: string, channel: string, at: number) =>
    storeClicks(server.payload, [{ clickId, at: iso(at), linkId: 1, code: 'x', campaignKey: 'q4', channel, contentType: null, contentId: null, human: true, botReason: null, referrer: null, userAgent: 'Mozilla/5.0', visitorId: null, channelGroup: null, deliveryId: null }])
  const landing = (anonymousId: string, clickId: string, at: number) => ({ type: 'page', anonymousId, timestamp: iso(at), context: { page: { url: `https://example.com/?fw_click=${clickId}` } } })
  const settle = () => eventually(async () => server.tracking.stats().events.waiting === 0 || undefined, 5000, 'the events to be written')
  const credits = async (conversionId: number, model: string) =>
    (await server.payload.find({ collection: 'attribution-credits', where: { and: [{ conversionId: { equals: conversionId } }, { model: { equals: model } }] }, sort: 'touchAt', pagination: false })).docs
  const saveSettings = async (data: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/api/globals/attribution-settings`, { method: 'POST', headers: { authorization: admin, 'content-type': 'application/json' }, body: JSON.stringify(data) })
    return { status: res.status, body: await res.json() }
  }
  const runJobs = async () => {
    const { jobStatus = {} } = await server.payload.jobs.run({ silent: true })
    return Object.values(jobStatus)
  }

  it('applies a new lookback window and half-life to stored credits through the recompute job', async () => {
    await click('k-old', 'newsletter', now - 20 * DAY)
    await click('k-mid', 'linkedin', now - 7 * DAY)
    await click('k-new', 'booth', now - DAY)
    await client.events(landing('a-kim', 'k-old', now - 20 * DAY), landing('a-kim', 'k-mid', now - 7 * DAY), landing('a-kim', 'k-new', now - DAY))
    await settle()
    const lead = await client.convert({ event: 'lead', anonymousId: 'a-kim', email: 'kim@acme.example', timestamp: iso(now) })
    // Defaults: 30 days back, half-life 7 days → 2^(−20/7), 2^(−1), 2^(−1/7), normalised.
    expect((await credits(lead.id, 'TIME_DECAY')).map((c) => round(c.weight))).toEqual([0.089401, 0.32389, 0.586709])

    // Nothing is queued for an unrelated edit.
    expect((await saveSettings({ allowedDomains: [{ domain: 'example.com' }] })).status).toBe(200)
    expect(await runJobs()).toEqual([])

    const saved = await saveSettings({ halfLifeDays: 1, conversionRules: [{ event: 'lead', lookbackDays: 10, scope: 'contact' }] })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    // Stored credits change only when the job runs.
    expect(await credits(lead.id, 'LINEAR')).toHaveLength(3)
    expect(await runJobs()).toEqual([{ status: 'success' }])
    // 10 days back: the 20-day-old click is out; half-life 1 day: 2^(−7) against 2^(−1).
    expect((await credits(lead.id, 'LINEAR')).map((c) => c.channel)).toEqual(['linkedin', 'booth'])
    expect((await credits(lead.id, 'TIME_DECAY')).map((c) => round(c.weight))).toEqual([0.015385, 0.984615])
  })

  it('refuses two rules for one conversion and a lookback outside 1–365 days, keeping the saved settings', async () => {
    const twice = await saveSettings({ conversionRules: [{ event: 'lead', lookbackDays: 5 }, { event: 'lead', lookbackDays: 9 }] })
    expect(twice.status).toBe(400)
    expect(twice.body.errors[0].data.errors[0]).toMatchObject({ path: 'conversionRules', message: '"lead" has two rules; keep one' })
    expect((await saveSettings({ conversionRules: [{ event: 'lead', lookbackDays: 0 }] })).status).toBe(400)
    const settings = await server.payload.findGlobal({ slug: 'attribution-settings' })
    expect(settings.conversionRules?.map((r) => [r.event, r.lookbackDays])).toEqual([['lead', 10]])
    expect(settings.halfLifeDays).toBe(1)
  })

  it("credits a purchase over the touches of every contact of the buyer's account when its rule says so", async () => {
    // Two people of one company: Lee clicked the newsletter, Max clicked the booth link and bought.
    await click('k-lee', 'newsletter', now - 5 * DAY)
    await click('k-max', 'booth', now - 2 * DAY)
    await client.events(
      landing('a-lee', 'k-lee', now - 5 * DAY),
      { type: 'identify', anonymousId: 'a-lee', userId: 'u-lee', traits: { email: 'lee@globex.example' } },
      landing('a-max', 'k-max', now - 2 * DAY),
      { type: 'identify', anonymousId: 'a-max', userId: 'u-max', traits: { email: 'max@globex.example' } },
    )
    await settle()
    const first = await client.convert({ event: 'purchase', userId: 'u-max', revenue: 1000, currency: 'USD', timestamp: iso(now) })
    expect((await credits(first.id, 'LINEAR')).map((c) => c.channel)).toEqual(['booth'])

    expect((await saveSettings({ conversionRules: [{ event: 'lead', lookbackDays: 10 }, { event: 'purchase', lookbackDays: 90, scope: 'account' }] })).status).toBe(200)
    const second = await client.convert({ event: 'purchase', userId: 'u-max', revenue: 500, currency: 'USD', timestamp: iso(now) })
    const linear = await credits(second.id, 'LINEAR')
    expect(linear.map((c) => [c.channel, c.weight, c.revenue])).toEqual([['newsletter', 0.5, 250], ['booth', 0.5, 250]])
    // The credit stays the buyer's; the recompute brings the first purchase in line too.
    expect(new Set(linear.map((c) => c.contactId)).size).toBe(1)
    await runJobs()
    expect((await credits(first.id, 'LINEAR')).map((c) => c.channel)).toEqual(['newsletter', 'booth'])
  })

  it('groups a report by the growth layer each contact was in when converting, with layer names as labels', async () => {
    const { payload } = server
    const layer = await payload.create({ collection: 'growth-layers', data: { name: 'Potential development', slug: 'potential-development', rank: 2 } })
    await click('k-zoe', 'linkedin', now - 3 * DAY)
    await client.events(landing('a-zoe', 'k-zoe', now - 3 * DAY), { type: 'identify', anonymousId: 'a-zoe', userId: 'u-zoe', traits: { email: 'zoe@initech.example' } })
    await settle()
    const contact = (await payload.find({ collection: 'contacts', where: { email: { equals: 'zoe@initech.example' } } })).docs[0]
    await payload.update({ collection: 'contacts', id: contact.id, data: { layer: layer.id } })
    await client.convert({ event: 'signup', userId: 'u-zoe', timestamp: iso(now) })

    const res = await fetch(`${server.url}/api/attribution?model=LAST_TOUCH&groupBy=LAYER&conversion=signup`, { headers: { authorization: admin } })
    expect(res.status).toBe(200)
    expect((await res.json()).rows).toMatchObject([{ key: 'potential-development', label: 'Potential development', conversions: 1, touches: 1 }])
    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ attribution(model: LAST_TOUCH, groupBy: LAYER) { rows { key label conversions } } }' }),
    })
    const rows = (await gql.json()).data.attribution.rows as { key: string; conversions: number }[]
    expect(rows.find((r) => r.key === 'potential-development')?.conversions).toBe(1)
    // Conversions of contacts without a layer are reported as such.
    expect(rows.find((r) => r.key === '(none)')?.conversions).toBeGreaterThan(0)
  })
})
