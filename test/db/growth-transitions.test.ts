import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storeClicks } from '../../src/attribution/clicks/store-clicks'
import { ensureDefaultLayers } from '../../src/growth/layers/ensure-defaults'
import { creditPendingTransitions } from '../../src/growth/transitions/credit-pending'
import { bootServer } from '../helpers/boot'
import { ingestClient } from '../helpers/ingest'
import { createUser, loginHeader } from '../helpers/users'
import { eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

const DAY = 86_400_000
const MONTH = 30.44 * DAY
const iso = (ms: number) => new Date(ms).toISOString()

/**
 * Layer transitions credited to the touchpoints that led to them (src/growth/transitions): a contact
 * clicks a white paper's tracked link, integrates the SDK, views the dashboard; the move from potential
 * development to heavy retention is credited to that white paper, its channel and campaign, through the
 * real ingestion and layers pipeline; reports answer "which content moved them, at what cost".
 */
describe('layer transitions credited to content, channels and campaigns', () => {
  let server: Server
  let client: Awaited<ReturnType<typeof ingestClient>>
  let marketer: string
  let editor: string
  let paperId: number
  let linkId: number
  const now = Date.now()
  // A 30.44-day period: the newsletter's monthly fee is its cost in full.
  const period = { from: iso(now - 20 * DAY), to: iso(now - 20 * DAY + MONTH) }

  beforeAll(async () => {
    server = await bootServer({ TRACKING_FLUSH_MS: '50', JOBS_AUTORUN: 'off' })
    const { payload } = server
    client = await ingestClient(payload, () => server.url)
    await ensureDefaultLayers(payload)
    await payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: [{ domain: 'example.com' }] } })
    const paper = await payload.create({
      collection: 'white-papers',
      data: { title: 'SDK to dashboard in a week', slug: 'sdk-to-dashboard', workflowState: 'published', _status: 'published' } as never,
      context: { seeding: true, skipGrowth: true },
    })
    paperId = Number(paper.id)
    await payload.create({ collection: 'channels', data: { name: 'Product newsletter', slug: 'newsletter', kind: 'email', cost: { amount: 300, per: 'month' } } })
    await payload.create({ collection: 'campaigns', data: { name: 'Activation Q4', key: 'activation-q4', goal: 'activate', lifecycleStage: 'growth', startsAt: iso(now - 60 * DAY), budget: 900 } })
    const link = await payload.create({
      collection: 'tracked-links',
      data: { code: 'sdk-nl', destinationType: 'content', content: { relationTo: 'white-papers', value: paperId }, channel: 'newsletter', utm: { campaign: 'activation-q4' } },
    })
    linkId = Number(link.id)
    marketer = await loginHeader(server.url, await createUser(payload, ['marketer']))
    editor = await loginHeader(server.url, await createUser(payload, ['editor']))
  })
  afterAll(async () => server?.close())

  const settle = () => eventually(async () => server.tracking.stats().events.waiting === 0 || undefined, 5000, 'the events to be written')
  const transitionsOf = async (email: string) => {
    const contact = (await server.payload.find({ collection: 'contacts', where: { email: { equals: email } }, depth: 0 })).docs[0]
    if (!contact) return []
    return (await server.payload.find({ collection: 'layer-transitions', where: { contact: { equals: contact.id } }, sort: 'at', pagination: false, depth: 0 })).docs
  }
  const allCredited = async () => (await server.payload.count({ collection: 'layer-transitions', where: { creditedAt: { exists: false } } })).totalDocs === 0
  const gql = async (query: string, auth = marketer) => {
    const res = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
    return (await res.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { statusCode?: number } }[] } // eslint-disable-line @typescript-eslint/no-explicit-any
  }
  const rest = async (path: string, auth = marketer) => {
    const res = await fetch(`${server.url}/api/growth/${path}`, { headers: { authorization: auth } })
    return { status: res.status, body: await res.json() }
  }

  it("credits the move from potential development to heavy retention to the white paper whose link the contact clicked", async () => {
    await storeClicks(server.payload, [
      { clickId: 'clk-ivy', at: iso(now - 3 * DAY), linkId, code: 'sdk-nl', campaignKey: 'activation-q4', channel: 'newsletter', contentType: 'white-papers', contentId: paperId, human: true, botReason: null, referrer: null, userAgent: 'Mozilla/5.0', visitorId: null, channelGroup: null, deliveryId: null },
    ])
    await client.events(
      { type: 'page', anonymousId: 'a-ivy', timestamp: iso(now - 3 * DAY + 60_000), context: { page: { url: 'https://example.com/white-papers/sdk-to-dashboard?fw_click=clk-ivy' } } },
      { type: 'identify', anonymousId: 'a-ivy', userId: 'u-ivy', traits: { email: 'ivy@bank.example' } },
      { type: 'track', event: 'sdk_integrated', userId: 'u-ivy', timestamp: iso(now - 2 * DAY) },
    )
    await settle()
    await eventually(async () => (await transitionsOf('ivy@bank.example')).some((t) => t.toLayer === 'potential-development'), 10_000, 'ivy to reach potential development')
    await client.events({ type: 'track', event: 'dashboard_viewed', userId: 'u-ivy', timestamp: iso(now - DAY) })
    await settle()
    await eventually(async () => (await transitionsOf('ivy@bank.example')).some((t) => t.toLayer === 'heavy-retention'), 10_000, 'ivy to reach heavy retention')
    await eventually(allCredited, 10_000, 'the transitions to be credited')

    const move = (await transitionsOf('ivy@bank.example')).find((t) => t.toLayer === 'heavy-retention')!
    expect(move).toMatchObject({ fromLayer: 'potential-development', direction: 'up', triggerEvent: 'dashboard_viewed' })
    const credits = (await server.payload.find({ collection: 'transition-credits', where: { transitionId: { equals: move.id } }, pagination: false })).docs
    // One touch (the click; the landing page it led to is part of it) under each of the six models.
    expect(credits).toHaveLength(6)
    for (const c of credits) expect(c).toMatchObject({ contentType: 'white-papers', contentId: paperId, channel: 'newsletter', campaignKey: 'activation-q4', linkId, touchKind: 'click', weight: 1, fromLayer: 'potential-development', toLayer: 'heavy-retention' })

    // The account of bank.example moved along, credited with its contacts' touches.
    const res = await rest(`transition-report?groupBy=CONTENT&fromLayer=potential-development&toLayer=heavy-retention&from=${period.from}&to=${period.to}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.rows).toEqual([{ key: `white-papers:${paperId}`, label: 'SDK to dashboard in a week', transitions: 2, cost: null, costPerTransition: null }])
    const contactsOnly = await gql(`{ transitionReport(groupBy: CONTENT, fromLayer: "potential-development", toLayer: "heavy-retention", subject: CONTACT, from: "${period.from}", to: "${period.to}") { key label transitions } }`)
    expect(contactsOnly.errors).toBeUndefined()
    expect(contactsOnly.data!.transitionReport).toEqual([{ key: `white-papers:${paperId}`, label: 'SDK to dashboard in a week', transitions: 1 }])
  })

  it('gives the cost per transition of a channel (its fee in the period) and of a campaign (its budget)', async () => {
    const byChannel = await gql(`{ transitionReport(groupBy: CHANNEL, toLayer: "heavy-retention", model: LINEAR, from: "${period.from}", to: "${period.to}") { key label transitions cost costPerTransition } }`)
    expect(byChannel.errors).toBeUndefined()
    expect(byChannel.data!.transitionReport).toEqual([{ key: 'newsletter', label: 'Product newsletter', transitions: 2, cost: 300, costPerTransition: 150 }])
    // Into any layer: first placements of contact and account in potential development, then heavy retention.
    const byCampaign = await rest(`transition-report?groupBy=CAMPAIGN&from=${period.from}&to=${period.to}`)
    expect(byCampaign.body.rows).toEqual([{ key: 'activation-q4', label: 'Activation Q4', transitions: 4, cost: 900, costPerTransition: 225 }])
  })

  it('adds nothing when crediting runs again, alone or twice at once', async () => {
    const count = async () => (await server.payload.count({ collection: 'transition-credits' })).totalDocs
    const before = await count()
    expect(before).toBeGreaterThan(0)
    expect(await creditPendingTransitions(server.payload)).toMatchObject({ credited: 0 })
    expect(await count()).toBe(before)

    // Hand-built uncredited transitions of the same contact: two runs at once credit each exactly once.
    const contact = (await server.payload.find({ collection: 'contacts', where: { email: { equals: 'ivy@bank.example' } }, depth: 0 })).docs[0]
    for (let i = 0; i < 5; i++)
      await server.payload.create({ collection: 'layer-transitions', data: { subjectType: 'contact', contact: contact.id, fromLayer: 'heavy-retention', toLayer: 'paying', direction: 'up', at: iso(now - 600_000 + i), triggerKind: 'conversion', triggerEvent: 'purchase' } })
    const [a, b] = await Promise.all([creditPendingTransitions(server.payload, { batchSize: 2 }), creditPendingTransitions(server.payload, { batchSize: 2 })])
    expect(a.credited + b.credited).toBe(5)
    // Each: one touch × six models.
    expect(await count()).toBe(before + 5 * 6)
    expect(await allCredited()).toBe(true)
  })

  it('runs as the creditTransitions job', async () => {
    const contact = (await server.payload.find({ collection: 'contacts', where: { email: { equals: 'ivy@bank.example' } }, depth: 0 })).docs[0]
    const t = await server.payload.create({ collection: 'layer-transitions', data: { subjectType: 'contact', contact: contact.id, fromLayer: 'paying', toLayer: 'dormant', direction: 'down', at: iso(now - 60_000), triggerKind: 'dormancy' } })
    await server.payload.jobs.queue({ task: 'creditTransitions', input: { reason: 'test' } })
    await server.payload.jobs.run({ silent: true })
    expect((await server.payload.findByID({ collection: 'layer-transitions', id: t.id })).creditedAt).toBeTruthy()
    expect((await server.payload.count({ collection: 'transition-credits', where: { transitionId: { equals: t.id } } })).totalDocs).toBe(6)
  })

  it("credits an account's move with every contact's touches, inside the window of the attribution rule for its layer", async () => {
    const click = (clickId: string, at: number) =>
      storeClicks(server.payload, [
        { clickId, at: iso(at), linkId, code: 'sdk-nl', campaignKey: 'activation-q4', channel: 'newsletter', contentType: 'white-papers', contentId: paperId, human: true, botReason: null, referrer: null, userAgent: 'Mozilla/5.0', visitorId: null, channelGroup: null, deliveryId: null },
      ])
    const landing = (anonymousId: string, clickId: string, at: number) => ({ type: 'page', anonymousId, timestamp: iso(at + 60_000), context: { page: { url: `https://example.com/white-papers/sdk-to-dashboard?fw_click=${clickId}` } } })
    await click('clk-lee', now - 5 * DAY)
    await click('clk-max', now - 2 * DAY)
    await client.events(
      landing('a-lee', 'clk-lee', now - 5 * DAY),
      { type: 'identify', anonymousId: 'a-lee', userId: 'u-lee', traits: { email: 'lee@globex.example' } },
      landing('a-max', 'clk-max', now - 2 * DAY),
      { type: 'identify', anonymousId: 'a-max', userId: 'u-max', traits: { email: 'max@globex.example' } },
    )
    await settle()
    const globex = (await server.payload.find({ collection: 'accounts', where: { domain: { equals: 'globex.example' } } })).docs[0]
    const move = async () => {
      const t = await server.payload.create({ collection: 'layer-transitions', data: { subjectType: 'account', account: globex.id, fromLayer: 'heavy-retention', toLayer: 'paying', direction: 'up', at: iso(now - 3600_000), triggerKind: 'conversion', triggerEvent: 'purchase' } })
      await creditPendingTransitions(server.payload)
      return (await server.payload.find({ collection: 'transition-credits', where: { and: [{ transitionId: { equals: t.id } }, { model: { equals: 'LINEAR' } }] }, sort: 'touchAt', pagination: false })).docs
    }
    // Default window (30 days): both colleagues' clicks share the move.
    const both = await move()
    expect(both.map((c) => [c.touchAt, c.weight, c.accountId, c.subjectType])).toEqual([
      [iso(now - 5 * DAY), 0.5, globex.id, 'account'],
      [iso(now - 2 * DAY), 0.5, globex.id, 'account'],
    ])
    // The rule for "layer:paying" looks back 3 days: Lee's click is out.
    await server.payload.updateGlobal({ slug: 'attribution-settings', data: { conversionRules: [{ event: 'layer:paying', lookbackDays: 3, scope: 'contact' }] } })
    expect((await move()).map((c) => [c.touchAt, c.weight])).toEqual([[iso(now - 2 * DAY), 1]])
  })

  it('keeps the reports to marketers, admins and developers and refuses bad input with a 400', async () => {
    expect((await rest('transition-report?groupBy=CONTENT', editor)).status).toBe(403)
    expect((await fetch(`${server.url}/api/growth/transition-report?groupBy=CONTENT`)).status).toBe(401)
    const bad = await rest('transition-report?groupBy=LAYER')
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('groupBy must be one of CONTENT, CHANNEL, CAMPAIGN')
    expect((await rest(`transition-report?groupBy=CONTENT&from=${period.to}&to=${period.from}`)).status).toBe(400)
  })
})
