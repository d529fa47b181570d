import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MODELS } from '../../src/attribution/models/credit'
import { storeClicks } from '../../src/attribution/clicks/store-clicks'
import { ensureDefaultLayers } from '../../src/growth/layers/ensure-defaults'
import { grant } from '../../src/growth/team/ledger'
import { creditPendingTransitions } from '../../src/growth/transitions/credit-pending'
import { calendarsView, campaignsView, contentView, growthView, overview, parseOperationsQuery, workInProgress } from '../../src/operations'
import { channelNps } from '../../src/operations/nps'
import { bootServer } from '../helpers/boot'
import { ingestClient } from '../helpers/ingest'
import { createUser, loginHeader, type TestUser } from '../helpers/users'
import { eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

const DAY = 86_400_000
const MONTH = 30.44 * DAY
const iso = (ms: number) => new Date(ms).toISOString()
const dayOf = (ms: number) => iso(ms).slice(0, 10)

/**
 * The operations dashboard's data (src/operations) on real rows: a contact clicks a white paper's tracked newsletter link
 * (and a scanner clicks it too), integrates the SDK, becomes a lead and buys; every view shows exactly that, over REST as
 * JSON and CSV, to the team only; admins start recomputes and see them finish.
 */
describe('operations dashboard data', () => {
  let server: Server
  let client: Awaited<ReturnType<typeof ingestClient>>
  let admin: TestUser
  let editor: TestUser
  let auth: { admin: string; editor: string; developer: string }
  let paperId: number
  let guideId: number
  let distributionId: number
  const now = Date.now()
  const today = dayOf(now)
  const tenDaysAgo = dayOf(now - 10 * DAY)
  // Date-only: from the start of the first day to the end of today, 11 whole days.
  const qs = `from=${tenDaysAgo}&to=${today}`
  const periodMs = 11 * DAY

  beforeAll(async () => {
    server = await bootServer({ TRACKING_FLUSH_MS: '50', JOBS_AUTORUN: 'off' })
    const { payload } = server
    client = await ingestClient(payload, () => server.url)
    await ensureDefaultLayers(payload)
    await payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: [{ domain: 'example.com' }] } })
    const paper = await payload.create({
      collection: 'white-papers',
      data: {
        title: 'SDK, "fast"',
        slug: 'sdk-fast',
        workflowState: 'published',
        _status: 'published',
        linkReport: [{ url: 'https://gone.example/x', status: 404, failures: 2, broken: true }],
      } as never,
      context: { seeding: true, skipGrowth: true, skipLinkCheck: true },
    })
    paperId = Number(paper.id)
    const product = await payload.create({ collection: 'products', data: { name: 'Flywheel Cloud', slug: 'flywheel-cloud' } })
    const guide = await payload.create({
      collection: 'guides',
      data: { title: '=HYPERLINK("x")', slug: 'formula-guide', workflowState: 'published', product: product.id, lastVerifiedAt: null, _status: 'published', stale: false } as never,
      context: { skipWorkflow: true, skipLinkCheck: true, seeding: true },
    })
    guideId = Number(guide.id)
    const channel = await payload.create({ collection: 'channels', data: { name: 'Product newsletter', slug: 'newsletter', kind: 'email', cost: { amount: 300, per: 'month' } } })
    await payload.create({ collection: 'campaigns', data: { name: 'Activation Q4', key: 'activation-q4', goal: 'activate', lifecycleStage: 'growth', startsAt: iso(now - 60 * DAY), budget: 900 } })
    const link = await payload.create({
      collection: 'tracked-links',
      data: { code: 'sdk-nl', destinationType: 'content', content: { relationTo: 'white-papers', value: paperId }, channel: 'newsletter', utm: { campaign: 'activation-q4' } },
    })
    const distribution = await payload.create({
      collection: 'distributions',
      data: { title: 'SDK launch', content: [{ relationTo: 'white-papers', value: paperId }], channels: [channel.id], status: 'scheduled', schedule: { mode: 'at', at: iso(now - 10 * DAY + 3600_000) }, progress: { nextRunAt: iso(now - 10 * DAY + 3600_000) } },
      context: { distributionInternal: true },
    })
    distributionId = Number(distribution.id)

    const click = { linkId: Number(link.id), code: 'sdk-nl', campaignKey: 'activation-q4', channel: 'newsletter', contentType: 'white-papers', contentId: paperId, referrer: null, userAgent: 'Mozilla/5.0', visitorId: null, channelGroup: null, deliveryId: null }
    await storeClicks(payload, [
      { ...click, clickId: 'clk-ivy', at: iso(now - 3 * DAY), human: true, botReason: null },
      { ...click, clickId: 'clk-bot', at: iso(now - 3 * DAY + 1000), human: false, botReason: 'user-agent' as never },
    ])
    await client.events(
      { type: 'page', anonymousId: 'a-ivy', timestamp: iso(now - 3 * DAY + 60_000), context: { page: { url: 'https://example.com/white-papers/sdk-fast?fw_click=clk-ivy' } } },
      { type: 'identify', anonymousId: 'a-ivy', userId: 'u-ivy', traits: { email: 'ivy@bank.example' } },
      { type: 'track', event: 'sdk_integrated', userId: 'u-ivy', timestamp: iso(now - 2 * DAY) },
      // Promoters 10 and 9, a detractor 3, and a score that is not a number: NPS (2 − 1) / 3 = 33.3.
      ...[10, 9, 3, 'x'].map((score, i) => ({ type: 'track', event: 'nps', anonymousId: `a-nps-${i}`, timestamp: iso(now - 4 * DAY), properties: { score }, context: { campaign: { source: 'newsletter' } } })),
    )
    await eventually(async () => server.tracking.stats().events.waiting === 0 || undefined, 5000, 'the events to be written')
    await client.convert({ event: 'lead', userId: 'u-ivy', timestamp: iso(now - 2 * DAY + 60_000) })
    await client.convert({ event: 'purchase', userId: 'u-ivy', revenue: 1200, currency: 'USD', timestamp: iso(now - DAY) })
    await eventually(
      async () => (await payload.count({ collection: 'layer-transitions', where: { and: [{ subjectType: { equals: 'contact' } }, { toLayer: { equals: 'paying' } }] } })).totalDocs === 1,
      10_000,
      'ivy to become paying',
    )
    await creditPendingTransitions(payload)

    admin = await createUser(payload, ['admin'])
    editor = await createUser(payload, ['editor'])
    auth = { admin: await loginHeader(server.url, admin), editor: await loginHeader(server.url, editor), developer: await loginHeader(server.url, await createUser(payload, ['developer'])) }
    await payload.create({ collection: 'growth-rules', data: { key: 'ops.test', label: 'Ops test', points: 25, repeatable: true } as never })
    await grant(payload, { user: Number(editor.id), rule: 'ops.test', source: 'test:1', at: new Date(now - DAY) })
    await payload.create({ collection: 'growth-tasks', data: { title: 'Publish a guide', rule: 'content.published', target: 1, reward: 10 } as never })
  })
  afterAll(async () => server?.close())

  const get = async (path: string, who?: string) => {
    const res = await fetch(`${server.url}/api/operations/${path}`, { headers: who ? { authorization: who } : {} })
    const text = await res.text()
    return { status: res.status, headers: res.headers, text, json: (() => { try { return JSON.parse(text) as Json } catch { return undefined } })() }
  }
  const query = (extra: Record<string, string> = {}) => parseOperationsQuery({ from: tenDaysAgo, to: today, ...extra })
  const cost = Math.round(300 * (periodMs / MONTH) * 100) / 100

  it('shows the layers now and in the period, the funnel and the latest moves with what triggered them', async () => {
    const o = await overview(server.payload, query(), null)
    expect(o.period).toEqual({ from: `${tenDaysAgo}T00:00:00.000Z`, to: iso(Date.parse(`${today}T00:00:00.000Z`) + DAY), model: 'LINEAR', interval: 'day' })
    const card = (slug: string) => o.layers.find((l) => l.slug === slug)
    expect(o.layers.map((l) => l.slug)).toEqual(['dormant', 'general-value', 'potential-development', 'heavy-retention', 'paying'])
    expect(card('paying')).toMatchObject({ name: 'Paying', rank: 4, size: 1, entered: 1, left: 0, net: 1 })
    expect(card('potential-development')).toMatchObject({ size: 0, entered: 1, left: 1, net: 0 })
    expect(card('dormant')).toMatchObject({ size: 0, entered: 0, left: 0, net: 0 })
    // One point per day; the last one has ivy in paying.
    expect(o.layerSeries).toHaveLength(11)
    expect(o.layerSeries[0].date).toBe(tenDaysAgo)
    expect(o.layerSeries.at(-1)!.sizes).toMatchObject({ paying: 1, 'potential-development': 0 })
    // Walked back from today's sizes: the layers engine stamps a move when it runs (today), so nobody was placed before.
    expect(o.layerSeries.at(-2)!.sizes).toEqual({ dormant: 0, 'general-value': 0, 'potential-development': 0, 'heavy-retention': 0, paying: 0 })
    expect(o.layerSeries[0].sizes).toEqual(o.layerSeries.at(-2)!.sizes)
    // An ISO period counts moves by their exact time at its partial ends: the SDK move, not the purchase after it.
    const moveAt = async (to: string) =>
      Date.parse((await server.payload.find({ collection: 'layer-transitions', where: { and: [{ subjectType: { equals: 'contact' } }, { toLayer: { equals: to } }] }, limit: 1 })).docs[0].at)
    const [sdkAt, purchaseAt] = [await moveAt('potential-development'), await moveAt('paying')]
    expect(purchaseAt).toBeGreaterThan(sdkAt)
    const sdkOnly = await overview(server.payload, parseOperationsQuery({ from: iso(sdkAt), to: iso(purchaseAt) }), null)
    expect(sdkOnly.layers.find((l) => l.slug === 'potential-development')).toMatchObject({ entered: 1, left: 0 })
    expect(sdkOnly.layers.find((l) => l.slug === 'paying')).toMatchObject({ entered: 0, size: 1 })
    expect(sdkOnly.layerSeries.map((p) => p.date)).toEqual([today])
    expect(o.funnel).toEqual([
      { slug: 'general-value', name: 'General value', contacts: 1, conversionFromPrevious: null },
      { slug: 'potential-development', name: 'Potential development', contacts: 1, conversionFromPrevious: 1 },
      { slug: 'heavy-retention', name: 'Heavy retention', contacts: 1, conversionFromPrevious: 1 },
      { slug: 'paying', name: 'Paying', contacts: 1, conversionFromPrevious: 1 },
    ])
    const moves = o.recentMoves.map((m) => `${m.subject} ${m.who} ${m.from}→${m.to} (${m.trigger})`)
    // Newest first: the purchase moved contact and account to paying after the SDK placed them.
    expect(moves.slice(0, 2).sort()).toEqual(['account bank.example potential-development→paying (conversion purchase)', 'contact ivy@bank.example potential-development→paying (conversion purchase)'])
    expect(moves.slice(2).sort()).toEqual(['account bank.example null→potential-development (event sdk_integrated)', 'contact ivy@bank.example null→potential-development (event sdk_integrated)'])
    expect(moves.length).toBe(4)
  })

  it('credits the lead and the purchase to the newsletter and the white paper under every model, with cost per lead and per acquisition', async () => {
    const o = await overview(server.payload, query(), null)
    expect(o.channels).toEqual([
      { key: 'newsletter', label: 'Product newsletter', humanClicks: 1, leads: 1, acquisitions: 1, conversions: 2, revenue: 1200, cost, costPerLead: cost, costPerAcquisition: cost, roi: Math.round(((1200 - cost) / cost) * 10_000) / 10_000, nps: 33.3, npsResponses: 3 },
    ])
    // A period with more events than the dashboard reads for NPS leaves it out and says so.
    expect(await channelNps(server.payload, query(), 3)).toEqual({ nps: new Map(), omitted: true })
    expect((await channelNps(server.payload, query(), 100)).nps.get('newsletter')).toEqual({ nps: 33.3, responses: 3 })
    expect(o.modelShift).toEqual([{ key: 'newsletter', label: 'Product newsletter', byModel: Object.fromEntries(MODELS.map((m) => [m, 2])) }])
    expect(o.topContent).toEqual([{ key: `white-papers:${paperId}`, collection: 'white-papers', id: paperId, title: 'SDK, "fast"', conversions: 2, revenue: 1200, humanClicks: 1 }])
    // Only the lead: a period that ends before the purchase.
    const leadOnly = await overview(server.payload, parseOperationsQuery({ from: tenDaysAgo, to: iso(now - DAY - 1000), model: 'FIRST_TOUCH' }), null)
    expect(leadOnly.channels[0]).toMatchObject({ leads: 1, acquisitions: 0, conversions: 1, revenue: 0, costPerAcquisition: null })
    expect(leadOnly.modelShift[0].byModel).toEqual(Object.fromEntries(MODELS.map((m) => [m, 1])))
    expect(leadOnly.layers.find((l) => l.slug === 'paying')).toMatchObject({ size: 1, entered: 0 })
  })

  it('lists content with distributions, human and bot clicks, leads, conversions, transitions and warnings', async () => {
    const c = await contentView(server.payload, query(), null)
    expect(c.rows.map((r) => r.key)).toEqual([`white-papers:${paperId}`, `guides:${guideId}`])
    expect(c.rows[0]).toEqual({
      key: `white-papers:${paperId}`,
      collection: 'white-papers',
      id: paperId,
      title: 'SDK, "fast"',
      workflowState: 'published',
      distributions: 1,
      humanClicks: 1,
      botClicks: 1,
      leads: 1,
      conversions: 2,
      revenue: 1200,
      // Contact and account, each into potential development and into paying.
      transitions: 4,
      warnings: [{ kind: 'broken-link', message: 'Broken link https://gone.example/x (HTTP 404)' }],
    })
    expect(c.rows[1]).toMatchObject({ humanClicks: 0, botClicks: 0, conversions: 0, warnings: [{ kind: 'stale', message: 'Never verified' }] })
  })

  it('gives campaign and channel series per day or week and campaign rows with budget and ROI', async () => {
    const v = await campaignsView(server.payload, query(), null)
    expect(v.campaigns).toEqual([
      { key: 'activation-q4', label: 'Activation Q4', status: 'running', budget: 900, humanClicks: 1, leads: 1, conversions: 2, revenue: 1200, costPerConversion: 450, roi: 0.3333 },
    ])
    expect(v.channels.map((c) => [c.key, c.leads, c.acquisitions])).toEqual([['newsletter', 1, 1]])
    expect(v.campaignSeries.map((s) => s.key)).toEqual(['activation-q4'])
    const points = v.campaignSeries[0].points
    expect(points).toHaveLength(11)
    expect(points.find((p) => p.date === dayOf(now - 3 * DAY))).toMatchObject({ humanClicks: 1 })
    expect(points.find((p) => p.date === dayOf(now - DAY))).toMatchObject({ revenue: 1200 })
    const sum = (key: 'humanClicks' | 'conversions' | 'revenue') => points.reduce((s, p) => s + p[key], 0)
    expect([sum('humanClicks'), sum('conversions'), sum('revenue')]).toEqual([1, 2, 1200])
    expect(v.channelSeries.map((s) => s.key)).toEqual(['newsletter'])

    const weekly = await campaignsView(server.payload, query({ interval: 'week' }), null)
    expect(weekly.campaignSeries[0].points.map((p) => p.date)).toEqual([tenDaysAgo, dayOf(now - 3 * DAY)])
    expect(weekly.campaignSeries[0].points.reduce((s, p) => s + p.conversions, 0)).toBe(2)
    // An ISO period with partial days at both ends reads the raw rows there: the same totals.
    const iso = await campaignsView(server.payload, parseOperationsQuery({ from: new Date(now - 5 * DAY + 1234).toISOString(), to: new Date(now).toISOString() }), null)
    expect(iso.campaigns[0]).toMatchObject({ humanClicks: 1, leads: 1, conversions: 2, revenue: 1200 })
    expect(iso.campaignSeries[0].points.reduce((s, p) => s + p.humanClicks, 0)).toBe(1)
  })

  it('shows the month the period ends in on the calendar, and the team growth with my progress', async () => {
    const adminUser = await server.payload.findByID({ collection: 'users', id: admin.id })
    expect((await calendarsView(server.payload, query(), adminUser)).month).toBe(today.slice(0, 7))
    // A period ending on the day the distribution went out shows that day's month.
    const cal = await calendarsView(server.payload, query({ to: tenDaysAgo }), adminUser)
    expect(cal.month).toBe(tenDaysAgo.slice(0, 7))
    expect(cal.items.map((i) => ('kind' in i ? `${i.kind}:${i.id}` : `${i.collection}:${i.id}`))).toEqual([`distribution:${distributionId}`])

    const me = await server.payload.findByID({ collection: 'users', id: editor.id })
    const g = await growthView(server.payload, query(), me)
    expect(g.ranking.map((r) => [r.userId, r.value])).toEqual([[editor.id, 25]])
    const member = g.members.find((m) => m.userId === editor.id)!
    expect(member).toMatchObject({ name: 'editor', value: me.growth?.value ?? 0, level: me.growth?.level ?? 1, medals: 0, openTasks: 1 })
    expect(g.members.map((m) => m.userId)).toEqual(expect.arrayContaining([admin.id, editor.id]))
    expect(g.openTasks.filter((t) => t.userId === editor.id).map((t) => t.task.title)).toEqual(['Publish a guide'])
    expect(g.me).toMatchObject({ level: me.growth?.level ?? 1, nextPrivilege: { privilege: 'badge', level: 2 } })
  })

  it('answers REST with JSON per view and CSV per table, to the team only', async () => {
    expect((await get(`overview?${qs}`)).status).toBe(401)
    const dev = await get(`overview?${qs}`, auth.developer)
    expect(dev.status).toBe(403)
    const res = await get(`overview?${qs}&model=FIRST_TOUCH`, auth.editor)
    expect(res.status, res.text).toBe(200)
    expect(res.json.period.model).toBe('FIRST_TOUCH')
    expect(res.json.channels[0]).toMatchObject({ key: 'newsletter', leads: 1 })
    for (const view of ['content', 'campaigns', 'calendars', 'growth']) expect((await get(`${view}?${qs}`, auth.editor)).status, view).toBe(200)

    const csv = await get(`content/content.csv?${qs}`, auth.editor)
    expect(csv.status, csv.text).toBe(200)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="content-content-${tenDaysAgo}-${today}.csv"`)
    const lines = csv.text.split('\r\n')
    expect(lines[0]).toBe('key,collection,id,title,workflowState,distributions,humanClicks,botClicks,leads,conversions,revenue,transitions,warnings')
    expect(lines[1]).toBe(`white-papers:${paperId},white-papers,${paperId},"SDK, ""fast""",published,1,1,1,1,2,1200,4,Broken link https://gone.example/x (HTTP 404)`)
    // A title a spreadsheet would run as a formula is defused.
    expect(lines[2]).toBe(`guides:${guideId},guides,${guideId},"'=HYPERLINK(""x"")",published,0,0,0,0,0,0,0,Never verified`)
    expect(lines.at(-1)).toBe('')

    const layers = await get(`overview/layers.csv?${qs}`, auth.editor)
    expect(layers.text.split('\r\n').slice(0, 2)).toEqual(['slug,name,rank,size,entered,left,net', 'dormant,Dormant,0,0,0,0,0'])
    const shift = await get(`overview/model-shift.csv?${qs}`, auth.editor)
    expect(shift.text.split('\r\n').slice(0, 2)).toEqual([`key,label,${MODELS.join(',')}`, `newsletter,Product newsletter,${MODELS.map(() => 2).join(',')}`])
    expect((await get(`overview/nope.csv?${qs}`, auth.editor)).status).toBe(404)
    expect((await get(`nope?${qs}`, auth.editor)).status).toBe(404)
    expect((await get(`growth/members.csv?${qs}`, auth.developer)).status).toBe(403)
  })

  it('refuses a bad model, dates or interval with a 400 that says what is wrong', async () => {
    const bad = async (q: string, message: string) => {
      const res = await get(`overview?${q}`, auth.editor)
      expect(res.status, q).toBe(400)
      expect(res.text, q).toContain(message)
    }
    await bad('model=BEST', 'model must be one of FIRST_TOUCH, LAST_TOUCH, LAST_NON_DIRECT, LINEAR, POSITION_BASED, TIME_DECAY')
    await bad('from=2026-13-01', 'from must be a date (YYYY-MM-DD) or an ISO 8601 time')
    await bad('from=2026-11-10&to=2026-11-01', 'to must be after from')
    await bad('from=2024-01-01&to=2026-01-01', 'the period may cover at most 400 days')
    await bad('interval=month', 'interval must be one of day, week')
    expect((await get('content/content.csv?model=x', auth.editor)).status).toBe(400)
  })

  it('lets admins start a recompute and lists it until it is done', async () => {
    const post = (who: string | undefined, body: unknown) =>
      fetch(`${server.url}/api/operations/work`, { method: 'POST', headers: { 'content-type': 'application/json', ...(who ? { authorization: who } : {}) }, body: JSON.stringify(body) })
    expect((await post(undefined, { kind: 'recompute-layers' })).status).toBe(401)
    expect((await post(auth.editor, { kind: 'recompute-layers' })).status).toBe(403)
    const wrong = await post(auth.admin, { kind: 'drop-tables' })
    expect(wrong.status).toBe(400)
    expect(await wrong.text()).toContain('kind must be one of recompute-layers, recompute-attribution, recompute-growth')

    const started = await post(auth.admin, { kind: 'recompute-layers' })
    expect(started.status).toBe(202)
    const item = (await started.json()) as Json
    expect(item).toMatchObject({ kind: 'recompute-layers', label: 'Recompute growth layers', state: 'queued', done: null, total: null })
    let listed = await get('work', auth.editor)
    expect(listed.status).toBe(200)
    expect(listed.json.find((w: Json) => w.id === item.id)).toMatchObject({ state: 'queued', kind: 'recompute-layers' })
    // A send job is listed with its distribution's progress.
    await server.payload.jobs.queue({ task: 'sendDistribution', input: { distributionId } })
    listed = await get('work', auth.editor)
    expect(listed.json.find((w: Json) => w.kind === 'send')).toMatchObject({ label: 'Send "SDK launch"', done: 0, total: 0 })
    expect((await get('work')).status).toBe(401)

    await server.payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'recomputeLayers' } } })
    const after = await workInProgress(server.payload, null)
    expect(after.find((w) => w.id === item.id)).toMatchObject({ state: 'done', kind: 'recompute-layers' })
    // An attribution recompute reports its progress (conversions credited of all) while it runs in this process.
    const attribution = (await (await post(auth.admin, { kind: 'recompute-attribution' })).json()) as Json
    await server.payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'recomputeAttribution' } } })
    expect((await workInProgress(server.payload, null)).find((w) => w.id === attribution.id)).toMatchObject({ state: 'done', kind: 'recompute-attribution', done: 2, total: 2 })
    // Recomputing found everyone where they were: no new moves.
    const o = await overview(server.payload, query(), null)
    expect(o.layers.find((l) => l.slug === 'paying')).toMatchObject({ size: 1, entered: 1 })
  })
})
