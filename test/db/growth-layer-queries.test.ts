import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ensureDefaultLayers } from '../../src/growth/layers/ensure-defaults'
import { bootServer } from '../helpers/boot'
import { createUser, loginHeader } from '../helpers/users'

type Server = Awaited<ReturnType<typeof bootServer>>
type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The growth-layer queries over GraphQL and REST (where a contact or account stands, layer sizes over
 * time, the transition matrix, key accounts by industry, playbooks) and layered operations: a
 * distribution that chooses a playbook targets its layer and channels; contentForLayer by a person's
 * email lists the playbook's content first.
 */
describe('growth-layer queries and playbooks', () => {
  let server: Server
  let marketer: string
  let editor: string
  const layer: Record<string, number> = {}
  const account: Record<string, number> = {}
  const paper: Record<string, number> = {}
  let newsletterId: number
  let playbookId: number

  beforeAll(async () => {
    server = await bootServer({ JOBS_AUTORUN: 'off' })
    const { payload } = server
    await ensureDefaultLayers(payload)
    for (const l of (await payload.find({ collection: 'growth-layers', pagination: false })).docs) layer[l.slug] = Number(l.id)
    const finance = await payload.create({ collection: 'industries', data: { name: 'Finance', slug: 'finance' } })
    const accounts = [
      { name: 'Bank', domain: 'bank.example', keyAccount: true, revenueToDate: 250_000, layer: layer.paying, subTier: 'big' as const, layerSince: '2025-02-01T00:00:00.000Z' },
      { name: 'Fund', domain: 'fund.example', keyAccount: true, revenueToDate: 60_000, layer: layer.paying, subTier: 'potential-big' as const },
      { name: 'Shop', domain: 'shop.example', keyAccount: false, layer: layer['general-value'] },
    ]
    for (const a of accounts) account[a.domain] = Number((await payload.create({ collection: 'accounts', data: { ...a, industry: finance.id } })).id)
    await payload.create({ collection: 'contacts', data: { email: 'zoe@bank.example', account: account['bank.example'], layer: layer.paying, subTier: 'big', layerSince: '2025-02-01T00:00:00.000Z' } })
    await payload.create({ collection: 'contacts', data: { email: 'max@corp.example', layer: layer['heavy-retention'], layerSince: '2025-03-01T00:00:00.000Z' } })
    await payload.create({ collection: 'contacts', data: { email: 'new@corp.example' } })
    const publish = async (key: string, title: string, targetLayers: number[]) =>
      (paper[key] = Number(
        (await payload.create({ collection: 'white-papers', data: { title, slug: key, targetLayers, workflowState: 'published', _status: 'published' } as never, context: { seeding: true, skipGrowth: true } })).id,
      ))
    await publish('dashboards-101', 'Dashboards 101', [layer['heavy-retention']])
    await publish('retention-playbook', 'The retention playbook', [])
    await publish('alerts-that-matter', 'Alerts that matter', [layer['heavy-retention']])
    newsletterId = Number((await payload.create({ collection: 'channels', data: { name: 'Newsletter', slug: 'newsletter', kind: 'email' } })).id)
    playbookId = Number(
      (
        await payload.create({
          collection: 'playbooks',
          data: {
            name: 'Keep them on the dashboard',
            layer: layer['heavy-retention'],
            goal: 'A second team on the dashboard within 30 days',
            recommendedContent: [
              { relationTo: 'white-papers', value: paper['retention-playbook'] },
              { relationTo: 'white-papers', value: paper['dashboards-101'] },
            ],
            channels: [newsletterId],
            cadence: 'weekly',
          },
        })
      ).id,
    )
    marketer = await loginHeader(server.url, await createUser(payload, ['marketer']))
    editor = await loginHeader(server.url, await createUser(payload, ['editor']))
  })
  afterAll(async () => server?.close())

  const gql = async (query: string, auth?: string): Promise<{ data?: Json; errors?: Json[] }> => {
    const res = await fetch(`${server.url}/api/graphql`, { method: 'POST', headers: { ...(auth ? { authorization: auth } : {}), 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
    return res.json()
  }
  const get = async (path: string, auth?: string) => {
    const res = await fetch(`${server.url}/api/${path}`, { headers: auth ? { authorization: auth } : {} })
    return { status: res.status, body: await res.json() }
  }

  it('tells where a contact (by email) or an account (by domain) stands, over GraphQL and REST', async () => {
    const byEmail = await gql(`{ layerOf(email: " Zoe@Bank.example ") { layer subTier since } }`, marketer)
    expect(byEmail.errors).toBeUndefined()
    expect(byEmail.data!.layerOf).toEqual({ layer: 'paying', subTier: 'big', since: '2025-02-01T00:00:00.000Z' })
    const byDomain = await get('growth/layer-of?accountDomain=fund.example', marketer)
    expect(byDomain).toEqual({ status: 200, body: { layer: 'paying', subTier: 'potential-big', since: null } })
    // Unknown, or known but not placed yet: null.
    expect((await gql(`{ layerOf(email: "nobody@corp.example") { layer } }`, marketer)).data!.layerOf).toBeNull()
    expect((await get('growth/layer-of?email=new@corp.example', marketer)).body).toBeNull()
  })

  it('refuses layerOf without exactly one of email and accountDomain, or with a malformed one, with a 400', async () => {
    for (const query of ['email=zoe@bank.example&accountDomain=bank.example', '', 'email=not-an-email', 'accountDomain=http://bank']) {
      const res = await get(`growth/layer-of?${query}`, marketer)
      expect(res.status, query).toBe(400)
    }
    expect(JSON.stringify((await get('growth/layer-of', marketer)).body)).toContain('Give exactly one of email and accountDomain')
    const both = await gql(`{ layerOf(email: "zoe@bank.example", accountDomain: "bank.example") { layer } }`, marketer)
    expect(both.errors![0]).toMatchObject({ message: 'Give exactly one of email and accountDomain', extensions: { statusCode: 400 } })
    // A person's layer is for marketers, admins and developers.
    expect((await get('growth/layer-of?email=zoe@bank.example', editor)).status).toBe(403)
    expect((await gql(`{ layerOf(email: "zoe@bank.example") { layer } }`)).errors![0].extensions.statusCode).toBe(401)
  })

  describe('sizes and matrix from hand-built transitions', () => {
    beforeAll(async () => {
      const moves: [string, string | null, string | null, string][] = [
        ['shop.example', null, 'general-value', '2024-12-31T23:00:00.000Z'], // before the period: the starting size
        ['bank.example', null, 'general-value', '2025-01-01T10:00:00.000Z'],
        ['fund.example', null, 'general-value', '2025-01-01T12:00:00.000Z'],
        ['bank.example', 'general-value', 'potential-development', '2025-01-02T09:00:00.000Z'],
        ['shop.example', 'general-value', 'heavy-retention', '2025-01-03T09:00:00.000Z'],
        ['fund.example', 'general-value', 'dormant', '2025-01-05T09:00:00.000Z'],
        ['bank.example', 'potential-development', 'heavy-retention', '2025-01-20T09:00:00.000Z'], // after the period
      ]
      for (const [domain, fromLayer, toLayer, at] of moves)
        await server.payload.create({ collection: 'layer-transitions', data: { subjectType: 'account', account: account[domain], fromLayer, toLayer, at, triggerKind: 'recompute' } })
    })

    const sizes = (point: { sizes: { layer: string; count: number }[] }) => Object.fromEntries(point.sizes.map((s) => [s.layer, s.count]))

    it('counts each layer per day from the transitions, starting from the sizes before the period', async () => {
      const res = await gql(`{ layerSizes(subject: ACCOUNT, from: "2025-01-01T00:00:00Z", to: "2025-01-06T00:00:00Z", interval: DAY) { date sizes { layer count } } }`, marketer)
      expect(res.errors).toBeUndefined()
      const series = res.data!.layerSizes as { date: string; sizes: { layer: string; count: number }[] }[]
      expect(series.map((p) => p.date)).toEqual(['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05'])
      // Layers in rank order, every one in every point.
      expect(series[0].sizes.map((s) => s.layer)).toEqual(['dormant', 'general-value', 'potential-development', 'heavy-retention', 'paying'])
      const none = { dormant: 0, 'general-value': 0, 'potential-development': 0, 'heavy-retention': 0, paying: 0 }
      expect(series.map(sizes)).toEqual([
        { ...none, 'general-value': 3 },
        { ...none, 'general-value': 2, 'potential-development': 1 },
        { ...none, 'general-value': 1, 'potential-development': 1, 'heavy-retention': 1 },
        { ...none, 'general-value': 1, 'potential-development': 1, 'heavy-retention': 1 },
        { ...none, dormant: 1, 'potential-development': 1, 'heavy-retention': 1 },
      ])
      const weekly = await get('growth/layer-sizes?subject=ACCOUNT&from=2025-01-01&to=2025-01-15&interval=WEEK', marketer)
      expect(weekly.status).toBe(200)
      expect(weekly.body.series.map((p: { date: string }) => p.date)).toEqual(['2025-01-01', '2025-01-08'])
      expect(sizes(weekly.body.series[0])).toEqual({ ...none, dormant: 1, 'potential-development': 1, 'heavy-retention': 1 })
      // Contacts moved nowhere in that period.
      expect((await get('growth/layer-sizes?subject=CONTACT&from=2025-01-01&to=2025-01-03', marketer)).body.series.map(sizes)).toEqual([none, none])
    })

    it('gives the transition matrix of a period', async () => {
      const res = await gql(`{ layerTransitions(subject: ACCOUNT, from: "2025-01-01T00:00:00Z", to: "2025-01-06T00:00:00Z") { from to count } }`, marketer)
      expect(res.errors).toBeUndefined()
      expect(res.data!.layerTransitions).toEqual([
        { from: null, to: 'general-value', count: 2 },
        { from: 'general-value', to: 'dormant', count: 1 },
        { from: 'general-value', to: 'heavy-retention', count: 1 },
        { from: 'general-value', to: 'potential-development', count: 1 },
      ])
      expect((await get('growth/layer-transitions?subject=ACCOUNT&from=2025-01-06&to=2025-02-01', marketer)).body.cells).toEqual([{ from: 'potential-development', to: 'heavy-retention', count: 1 }])
      expect((await get('growth/layer-transitions?subject=ACCOUNT&from=2024-01-01&to=2025-06-01', marketer)).status).toBe(400)
    })
  })

  it("targets a playbook's layer and channels when a distribution chooses it, keeping what the marketer chose", async () => {
    const post = async (data: Json) => {
      const res = await fetch(`${server.url}/api/distributions`, { method: 'POST', headers: { authorization: marketer, 'content-type': 'application/json' }, body: JSON.stringify(data) })
      return { status: res.status, body: await res.json() }
    }
    const content = [{ relationTo: 'white-papers', value: paper['dashboards-101'] }]
    const chosen = await post({ title: 'Weekly tips', content, playbook: playbookId })
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(201)
    expect(chosen.body.doc.channels.map((c: Json) => c.id ?? c)).toEqual([newsletterId])
    expect(chosen.body.doc.audience.layers.map((l: Json) => l.id ?? l)).toEqual([layer['heavy-retention']])

    const own = Number((await server.payload.create({ collection: 'channels', data: { name: 'Partner feed', slug: 'partner-feed', kind: 'feed' } })).id)
    const kept = await post({ title: 'Partner post', content, playbook: playbookId, channels: [own], audience: { layers: [layer.paying] } })
    expect(kept.body.doc.channels.map((c: Json) => c.id ?? c)).toEqual([own])
    expect(kept.body.doc.audience.layers.map((l: Json) => l.id ?? l)).toEqual([layer.paying])

    // Without a playbook a distribution still needs channels.
    expect((await post({ title: 'No channels', content })).status).toBe(400)
    // Choosing the playbook later, on an update, fills the empty audience layers.
    const later = await post({ title: 'Later', content, channels: [own] })
    const res = await fetch(`${server.url}/api/distributions/${later.body.doc.id}`, { method: 'PATCH', headers: { authorization: marketer, 'content-type': 'application/json' }, body: JSON.stringify({ playbook: playbookId }) })
    const updated = (await res.json()).doc
    expect(updated.audience.layers.map((l: Json) => l.id ?? l)).toEqual([layer['heavy-retention']])
    expect(updated.channels.map((c: Json) => c.id ?? c)).toEqual([own])
  })

  it("lists content for a contact's current layer by email, the playbook's recommendations first", async () => {
    const res = await gql(`{ contentForLayer(email: "max@corp.example") { slug } }`, marketer)
    expect(res.errors).toBeUndefined()
    expect(res.data!.contentForLayer.map((c: Json) => c.slug)).toEqual(['retention-playbook', 'dashboards-101', 'alerts-that-matter'])
    // The same list by the layer's slug, for anyone (published content only).
    const byLayer = await get('content/for-layer/heavy-retention?limit=2')
    expect(byLayer.body.docs.map((c: Json) => c.slug)).toEqual(['retention-playbook', 'dashboards-101'])
    const rest = await get('content/for-layer?email=max@corp.example', marketer)
    expect(rest.status).toBe(200)
    expect(rest.body.docs.map((c: Json) => c.slug)).toEqual(['retention-playbook', 'dashboards-101', 'alerts-that-matter'])
    // Not placed yet: nothing; a person's layer is not for anonymous callers; one way to say which layer.
    expect((await get('content/for-layer?email=new@corp.example', marketer)).body.docs).toEqual([])
    expect((await get('content/for-layer?email=max@corp.example')).status).toBe(401)
    expect((await get('content/for-layer?email=max@corp.example&layer=paying', marketer)).status).toBe(400)
  })

  it('groups key accounts by industry with its benchmark customer, which must be a key account', async () => {
    const finance = (await server.payload.find({ collection: 'industries', where: { slug: { equals: 'finance' } } })).docs[0]
    await expect(server.payload.update({ collection: 'industries', id: finance.id, data: { benchmarkAccount: account['shop.example'] } })).rejects.toThrow(/invalid: Benchmark customer/)
    await server.payload.update({ collection: 'industries', id: finance.id, data: { benchmarkAccount: account['bank.example'] } })
    const res = await gql(`{ keyAccounts(industry: "finance") { industry { slug name } benchmark { domain } accounts { domain layer subTier revenueToDate } } }`, marketer)
    expect(res.errors).toBeUndefined()
    expect(res.data!.keyAccounts).toEqual([
      {
        industry: { slug: 'finance', name: 'Finance' },
        benchmark: { domain: 'bank.example' },
        accounts: [
          { domain: 'bank.example', layer: 'paying', subTier: 'big', revenueToDate: 250_000 },
          { domain: 'fund.example', layer: 'paying', subTier: 'potential-big', revenueToDate: 60_000 },
        ],
      },
    ])
    expect((await get('growth/key-accounts?industry=media', marketer)).status).toBe(404)
  })

  it("gives a layer's playbook to any signed-in user", async () => {
    const res = await gql(`{ playbookFor(layer: "heavy-retention") { name goal cadence channels { slug } recommendedContent { collection id } } }`, editor)
    expect(res.errors).toBeUndefined()
    expect(res.data!.playbookFor).toEqual({
      name: 'Keep them on the dashboard',
      goal: 'A second team on the dashboard within 30 days',
      cadence: 'weekly',
      channels: [{ slug: 'newsletter' }],
      recommendedContent: [
        { collection: 'white-papers', id: paper['retention-playbook'] },
        { collection: 'white-papers', id: paper['dashboards-101'] },
      ],
    })
    expect((await get('growth/playbook-for/paying', editor)).body).toBeNull()
    expect((await get('growth/playbook-for/heavy-retention')).status).toBe(401)
  })
})
