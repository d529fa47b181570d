import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storeClicks } from '../../src/attribution/clicks/store-clicks'
import type { Model } from '../../src/attribution/models/credit'
import { bootServer } from '../helpers/boot'
import { ingestClient } from '../helpers/ingest'
import { createUser, loginHeader } from '../helpers/users'
import { eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

const DAY = 24 * 3600 * 1000
const iso = (ms: number) => new Date(ms).toISOString()
const round = (n: number, d = 6) => Math.round(n * 10 ** d) / 10 ** d

/**
 * The loop of issue 4 end to end: tracked-link clicks → page views carrying fw_click → identify →
 * a conversion, credited to the right link, campaign, channel and content under each of the six
 * models, against credits computed by hand.
 */
describe('attribution of conversions to touchpoints', () => {
  let server: Server
  let client: Awaited<ReturnType<typeof ingestClient>>
  let paperId: number
  const links: Record<string, number> = {}
  let marketer: string, editor: string

  beforeAll(async () => {
    server = await bootServer({ TRACKING_FLUSH_MS: '50' })
    const { payload } = server
    client = await ingestClient(payload, () => server.url)
    await payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: [{ domain: 'example.com' }] } })
    const paper = await payload.create({
      collection: 'white-papers',
      data: { title: 'Growth layers in banking', slug: 'growth-layers-in-banking', workflowState: 'published', _status: 'published' } as never,
      context: { seeding: true },
    })
    paperId = Number(paper.id)
    await payload.create({
      collection: 'campaigns',
      data: { name: 'Finance Q4', key: 'finance-q4', goal: 'acquire', lifecycleStage: 'growth', startsAt: iso(Date.now() - 60 * DAY), budget: 6000, currency: 'USD' },
    })
    marketer = await loginHeader(server.url, await createUser(payload, ['marketer']))
    editor = await loginHeader(server.url, await createUser(payload, ['editor']))
    for (const channel of ['newsletter', 'linkedin', 'booth']) {
      const link = await payload.create({
        collection: 'tracked-links',
        data: { code: `q4-${channel}`, destinationType: 'content', content: { relationTo: 'white-papers', value: paperId }, channel, utm: { campaign: 'finance-q4' } },
      })
      links[channel] = Number(link.id)
    }
  })
  afterAll(async () => server?.close())

  const events = (...batch: Record<string, unknown>[]) => client.events(...batch)
  const convert = (body: Record<string, unknown>) => client.convert(body)
  /** A human click on a tracked link at a past time (the redirect always stamps "now"). */
  const clickAt = async (channel: string, clickId: string, at: number) =>
    storeClicks(server.payload, [
      { clickId, at: iso(at), linkId: links[channel], code: `q4-${channel}`, campaignKey: 'finance-q4', channel, contentType: 'white-papers', contentId: paperId, human: true, botReason: null, referrer: null, userAgent: 'Mozilla/5.0', visitorId: null, channelGroup: null, deliveryId: null },
    ])
  const landing = (anonymousId: string, at: number, clickId?: string) => ({
    type: 'page',
    anonymousId,
    timestamp: iso(at),
    context: { page: { url: `https://example.com/white-papers/growth-layers-in-banking${clickId ? `?fw_click=${clickId}` : ''}` } },
  })
  const creditsOf = async (conversionId: number, model: Model) =>
    (await server.payload.find({ collection: 'attribution-credits', where: { and: [{ conversionId: { equals: conversionId } }, { model: { equals: model } }] }, sort: 'touchAt', pagination: false }))
      .docs
  const settle = () => eventually(async () => server.tracking.stats().events.waiting === 0 || undefined, 5000, 'the events to be written')

  it('credits a four-touch path (two clicks, two direct visits) under each model, revenue split alike', async () => {
    const now = Date.now()
    await clickAt('newsletter', 'clk-nl-ana', now - 20 * DAY)
    await clickAt('linkedin', 'clk-li-ana', now - 10 * DAY)
    // A bot's click on the same link never counts.
    await storeClicks(server.payload, [{ clickId: 'clk-bot', at: iso(now - 3 * DAY), linkId: links.booth, code: 'q4-booth', campaignKey: 'finance-q4', channel: 'booth', contentType: null, contentId: null, human: false, botReason: 'user-agent', referrer: null, userAgent: 'Googlebot', visitorId: null, channelGroup: null, deliveryId: null }])
    await events(
      landing('a-ana', now - 20 * DAY + 60_000, 'clk-nl-ana'),
      landing('a-ana', now - 10 * DAY + 60_000, 'clk-li-ana'),
      landing('a-ana', now - 5 * DAY),
      landing('a-ana', now - 1 * DAY),
      landing('a-ana', now - 1 * DAY + 5 * 60_000), // same visit: not a new touch
      { type: 'identify', anonymousId: 'a-ana', userId: 'u-ana', traits: { email: 'ana@bank.example' } },
    )
    await settle()
    const conversion = await convert({ event: 'purchase', userId: 'u-ana', revenue: 12_000, currency: 'USD', idempotencyKey: 'order-1', timestamp: iso(now) })

    const expected: Record<Model, number[]> = {
      FIRST_TOUCH: [1, 0, 0, 0],
      LAST_TOUCH: [0, 0, 0, 1],
      LAST_NON_DIRECT: [0, 1, 0, 0],
      LINEAR: [0.25, 0.25, 0.25, 0.25],
      POSITION_BASED: [0.4, 0.1, 0.1, 0.4],
      // 2^(−age/7 days) for ages 20, 10, 5 and 1 days, normalised.
      TIME_DECAY: [0.068162, 0.18348, 0.30103, 0.447328],
    }
    for (const [model, weights] of Object.entries(expected) as [Model, number[]][]) {
      const credits = await creditsOf(conversion.id, model)
      expect(credits.map((c) => round(c.weight)), model).toEqual(weights)
      // Revenue follows the weights (to a cent; the expected weights above are rounded to 6 digits).
      credits.forEach((c, i) => expect(c.revenue, model).toBeCloseTo(weights[i] * 12_000, 1))
      expect(credits.reduce((sum, c) => sum + (c.revenue ?? 0), 0), model).toBeCloseTo(12_000, 6)
      expect(credits.map((c) => [c.touchKind, c.channel, c.direct]), model).toEqual([
        ['click', 'newsletter', false],
        ['click', 'linkedin', false],
        ['visit', null, true],
        ['visit', null, true],
      ])
    }
    const [first] = await creditsOf(conversion.id, 'FIRST_TOUCH')
    expect(first).toMatchObject({ linkId: links.newsletter, campaignKey: 'finance-q4', contentType: 'white-papers', contentId: paperId, currency: 'USD', conversionEvent: 'purchase' })
    expect(first.accountId).toBeGreaterThan(0)
  })

  it('halves credit per 7 days for time decay with touches 14, 7 and 0 days before a lead', async () => {
    const at = Date.now() - 3600_000
    await clickAt('newsletter', 'clk-1-bob', at - 14 * DAY)
    await clickAt('linkedin', 'clk-2-bob', at - 7 * DAY)
    await clickAt('booth', 'clk-3-bob', at)
    await events(landing('a-bob', at - 14 * DAY, 'clk-1-bob'), landing('a-bob', at - 7 * DAY, 'clk-2-bob'))
    await settle()
    // The last click is known from the conversion itself.
    const lead = await convert({ event: 'lead', anonymousId: 'a-bob', clickId: 'clk-3-bob', email: 'bob@corp.example', idempotencyKey: 'lead-bob', timestamp: iso(at) })
    const credits = await creditsOf(lead.id, 'TIME_DECAY')
    expect(credits.map((c) => round(c.weight))).toEqual([0.142857, 0.285714, 0.571429])
    expect(credits.map((c) => c.channel)).toEqual(['newsletter', 'linkedin', 'booth'])
    expect(credits.every((c) => c.revenue === null)).toBe(true)
  })

  it('leaves touches outside the lookback window uncredited, and a conversion without touches unattributed', async () => {
    const now = Date.now()
    await clickAt('newsletter', 'clk-old-cy', now - 40 * DAY)
    await events(landing('a-cy', now - 40 * DAY, 'clk-old-cy'), landing('a-cy', now - 2 * DAY))
    await settle()
    const signup = await convert({ event: 'signup', anonymousId: 'a-cy', idempotencyKey: 'signup-cy', timestamp: iso(now) })
    expect((await creditsOf(signup.id, 'FIRST_TOUCH')).map((c) => c.touchKind)).toEqual(['visit'])
    const lonely = await convert({ event: 'lead', email: 'nobody@nowhere.example', idempotencyKey: 'lead-none' })
    expect(await creditsOf(lonely.id, 'LINEAR')).toEqual([])
  })

  // Runs last: it reads what the tests above stored.
  it('reports credited conversions, revenue, clicks and cost by channel and campaign, over REST (JSON, CSV) and GraphQL', async () => {
    const rest = async (query: string, auth = marketer) => {
      const res = await fetch(`${server.url}/api/attribution?${query}`, { headers: auth ? { authorization: auth } : {} })
      return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
    }
    // NPS answers from visitors who came by the newsletter: 10 and 9 (promoters)… and from LinkedIn: 3 (detractor).
    const page = (q: string) => ({ context: { page: { url: `https://example.com/?${q}` } } })
    await events(
      { type: 'page', anonymousId: 'a-nps1', ...page('utm_source=newsletter&utm_campaign=finance-q4') },
      { type: 'track', event: 'nps', anonymousId: 'a-nps1', properties: { score: 10 }, ...page('utm_source=newsletter') },
      { type: 'track', event: 'nps', anonymousId: 'a-nps2', properties: { score: 7 }, ...page('utm_source=newsletter') },
      { type: 'track', event: 'nps', anonymousId: 'a-nps3', properties: { score: 3 }, ...page('utm_source=linkedin') },
      { type: 'track', event: 'nps', anonymousId: 'a-nps4', properties: { score: 'great' }, ...page('utm_source=linkedin') },
    )
    await settle()
    const byChannel = await rest('model=LINEAR&groupBy=CHANNEL&conversion=purchase&include=audience')
    expect(byChannel.status, byChannel.text).toBe(200)
    const { rows } = JSON.parse(byChannel.text)
    const pick = (key: string) => rows.find((r: { key: string }) => r.key === key)
    expect(pick('direct')).toMatchObject({ conversions: 0.5, revenue: 6000, touches: 2 })
    expect(pick('newsletter')).toMatchObject({ conversions: 0.25, revenue: 3000, touches: 1 })
    expect(pick('linkedin')).toMatchObject({ conversions: 0.25, revenue: 3000 })
    // Human clicks in the last 30 days by channel: Ana's and Bob's; the bot's never, the 40-day-old one is out of the period.
    expect(pick('newsletter').humanClicks).toBe(2)
    expect(pick('booth').humanClicks).toBe(1)
    // One promoter (10), one passive (7): NPS 50 from two answers; LinkedIn: one detractor, the non-numeric answer ignored.
    expect(pick('newsletter')).toMatchObject({ nps: 50, npsResponses: 2, uniqueVisitors: 1 })
    expect(pick('linkedin')).toMatchObject({ nps: -100, npsResponses: 1 })
    const { series } = JSON.parse(byChannel.text)
    expect(series).toEqual([{ day: new Date().toISOString().slice(0, 10), conversions: 1, revenue: 12000 }])

    const csv = await rest('model=POSITION_BASED&groupBy=CHANNEL&conversion=purchase&format=csv&include=audience')
    expect(csv.type).toMatch(/^text\/csv/)
    const lines = csv.text.trim().split('\r\n')
    expect(lines[0]).toBe('key,label,touches,uniqueVisitors,humanClicks,conversions,revenue,cost,costPerConversion,roi,nps,npsResponses')
    expect(lines).toContain('newsletter,newsletter,1,1,2,0.4,4800,,,,50,2')

    const gql = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { authorization: marketer, 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ attribution(model: FIRST_TOUCH, conversion: "purchase", groupBy: CAMPAIGN, from: "${iso(Date.now() - 30 * DAY)}", to: "${iso(Date.now() + DAY)}") {
          model from rows { key label touches humanClicks conversions revenue cost costPerConversion roi } series { day conversions } } }`,
      }),
    })
    const { data, errors } = await gql.json()
    expect(errors).toBeUndefined()
    expect(data.attribution.model).toBe('FIRST_TOUCH')
    expect(data.attribution.rows[0]).not.toHaveProperty('nps')
    expect(data.attribution.series).toEqual([{ day: new Date().toISOString().slice(0, 10), conversions: 1 }])
    expect(data.attribution.rows).toEqual([
      { key: 'finance-q4', label: 'Finance Q4', touches: 2, humanClicks: 5, conversions: 1, revenue: 12000, cost: 6000, costPerConversion: 6000, roi: 1 },
      { key: '(none)', label: '(none)', touches: 2, humanClicks: 0, conversions: 0, revenue: 0, cost: null, costPerConversion: null, roi: null },
    ])

    const byContent = JSON.parse((await rest('model=LINEAR&groupBy=CONTENT&conversion=purchase')).text).rows
    expect(byContent.find((r: { key: string }) => r.key === `white-papers:${paperId}`)).toMatchObject({ label: 'Growth layers in banking', conversions: 0.5, revenue: 6000 })

    // Without include=audience the events are not scanned: no visitors, no NPS.
    const lean = JSON.parse((await rest('model=LINEAR&groupBy=CHANNEL&conversion=purchase')).text).rows
    expect(lean.find((r: { key: string }) => r.key === 'newsletter')).toMatchObject({ uniqueVisitors: null, nps: null, conversions: 0.25 })
    expect((await rest('model=LINEAR&groupBy=CHANNEL&include=everything')).status).toBe(400)
    const gqlNps = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { authorization: marketer, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ attribution(model: LINEAR, groupBy: CHANNEL) { rows { key nps npsResponses uniqueVisitors } } }' }),
    })
    const npsRows = (await gqlNps.json()).data.attribution.rows
    expect(npsRows.find((r: { key: string }) => r.key === 'newsletter')).toMatchObject({ nps: 50, npsResponses: 2, uniqueVisitors: 1 })
    expect((await rest('model=BEST&groupBy=CHANNEL')).text).toMatch(/model must be one of/)
    expect((await rest('model=LINEAR&groupBy=COUNTRY')).text).toMatch(/groupBy must be one of CONTENT, CHANNEL, CAMPAIGN, INDUSTRY, LAYER/)
    expect((await rest('model=LINEAR&groupBy=CHANNEL&from=2026-12-01&to=2026-11-01')).text).toMatch(/to must be after from/)
    expect((await rest('model=LINEAR&groupBy=CHANNEL', editor)).status).toBe(403)
    expect((await rest('model=LINEAR&groupBy=CHANNEL', '')).status).toBe(401)
  })
})
