import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'
import { apiKeyHeader, createUser, loginHeader } from '../helpers/users'
import { clients, goodMeta } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

describe('publishing calendar', () => {
  let server: Server
  let api: ReturnType<typeof clients>
  let marketer: string, editor: string, developer: string
  const day = 86_400_000
  const t0 = Date.now()
  const at = (days: number) => new Date(t0 + days * day).toISOString()
  const ids: Record<string, number | string> = {}

  beforeAll(async () => {
    server = await bootServer({ JOBS_AUTORUN: 'off' })
    api = clients(server.url)
    await createUser(server.payload, ['admin'])
    marketer = await loginHeader(server.url, await createUser(server.payload, ['marketer']))
    editor = await loginHeader(server.url, await createUser(server.payload, ['editor']))
    developer = apiKeyHeader(await createUser(server.payload, ['developer'], { apiKey: true }))

    // Approved documents (set directly by the system), then scheduled by a marketer over REST.
    const approved = async (collection: 'articles' | 'guides' | 'white-papers', title: string, extra: Record<string, unknown> = {}) => {
      const doc = await server.payload.create({ collection, data: { title, meta: goodMeta, ...extra } as never })
      await server.payload.update({ collection, id: doc.id, data: { workflowState: 'approved' } })
      return doc.id
    }
    const product = await server.payload.create({ collection: 'products', data: { name: 'Flywheel', slug: 'flywheel' } })
    ids.article = await approved('articles', 'Article in three days')
    ids.guide = await approved('guides', 'Guide tomorrow', { product: product.id })
    ids.paper = await approved('white-papers', 'Paper next year')
    ids.unscheduled = await approved('articles', 'Never scheduled')
    const schedule = async (collection: string, id: number | string, body: Record<string, unknown>) => {
      const res = await api.transition(marketer, collection, id, body)
      expect(res.status, JSON.stringify(res.json)).toBe(200)
    }
    await schedule('articles', ids.article, { to: 'scheduled', publishAt: at(3), unpublishAt: at(10) })
    await schedule('guides', ids.guide, { to: 'scheduled', publishAt: at(1) })
    await schedule('white-papers', ids.paper, { to: 'scheduled', publishAt: at(400) })
  })
  afterAll(async () => server?.close())

  const calendar = (auth: string | undefined, query: string) => api.rest('GET', `/api/calendar${query}`, auth)

  it('lists everything scheduled in the range across content types, sorted by time', async () => {
    const res = await calendar(editor, `?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(30))}`)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(res.json.items).toEqual([
      { collection: 'guides', id: ids.guide, title: 'Guide tomorrow', state: 'scheduled', action: 'publish', at: at(1) },
      { collection: 'articles', id: ids.article, title: 'Article in three days', state: 'scheduled', action: 'publish', at: at(3) },
      { collection: 'articles', id: ids.article, title: 'Article in three days', state: 'scheduled', action: 'unpublish', at: at(10) },
    ])
  })

  it('keeps to the range: from is inclusive, to exclusive, and later schedules show in their own range', async () => {
    const res = await calendar(marketer, `?from=${encodeURIComponent(at(3))}&to=${encodeURIComponent(at(10))}`)
    expect(res.json.items.map((i: { action: string; collection: string }) => `${i.collection}:${i.action}`)).toEqual(['articles:publish'])
    const nextYear = await calendar(marketer, `?from=${encodeURIComponent(at(300))}&to=${encodeURIComponent(at(500))}`)
    expect(nextYear.json.items).toMatchObject([{ collection: 'white-papers', title: 'Paper next year', action: 'publish' }])
  })

  it('drops a cancelled schedule', async () => {
    expect((await api.transition(marketer, 'guides', ids.guide, { to: 'approved' })).status).toBe(200)
    const res = await calendar(editor, `?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(2))}`)
    expect(res.json.items).toEqual([])
  })

  it('refuses a missing, malformed, reversed or over-long range with 400', async () => {
    const cases: [string, RegExp][] = [
      ['', /^from: required \(an ISO 8601 date.*; to: required/],
      [`?from=${encodeURIComponent(at(0))}`, /^to: required/],
      ['?from=yesterday&to=tomorrow', /^from: must be an ISO 8601 date/],
      ['?from=2025-02-30&to=2025-03-02', /^from: must be an ISO 8601 date/],
      [`?from=${encodeURIComponent(at(5))}&to=${encodeURIComponent(at(1))}`, /^to: must be after from/],
      [`?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(367))}`, /at most 366 days/],
    ]
    for (const [query, message] of cases) {
      const res = await calendar(editor, query)
      expect(res.status, query).toBe(400)
      expect(res.json.errors[0].message, query).toMatch(message)
    }
  })

  it('is for the editorial team only', async () => {
    const query = `?from=${encodeURIComponent(at(0))}&to=${encodeURIComponent(at(30))}`
    expect((await calendar(undefined, query)).status).toBe(401)
    expect((await calendar(developer, query)).status).toBe(403)
  })
})
