import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'

type Server = Awaited<ReturnType<typeof bootServer>>

const DAY = 86_400_000
const HOUR = 3_600_000

describe('stale guides', () => {
  let server: Server
  const ids: Record<string, number | string> = {}

  beforeAll(async () => {
    // 30 instead of the default 180: a guide verified 60 days ago is stale only if the setting is read.
    server = await bootServer({ GUIDE_STALE_DAYS: '30' })
    const product = await server.payload.create({ collection: 'products', data: { name: 'Flywheel Cloud', slug: 'flywheel-cloud' } })
    const now = Date.now()
    const guides = {
      fresh: new Date(now - 10 * DAY),
      justInside: new Date(now - 30 * DAY + HOUR),
      justOutside: new Date(now - 30 * DAY - HOUR),
      sixtyDays: new Date(now - 60 * DAY),
      never: null,
    }
    for (const [title, verified] of Object.entries(guides)) {
      const doc = await server.payload.create({
        collection: 'guides',
        // Published directly (no review) so anonymous REST and GraphQL readers see them.
        data: { title, slug: title.toLowerCase(), workflowState: 'published', product: product.id, lastVerifiedAt: verified?.toISOString() ?? null, _status: 'published', stale: false },
        context: { skipWorkflow: true, skipLinkCheck: true },
      })
      ids[title] = doc.id
    }
  })
  afterAll(async () => server?.close())

  const expected = { fresh: false, justInside: false, justOutside: true, sixtyDays: true, never: true }

  it('flags guides not verified within GUIDE_STALE_DAYS, at the boundary, whatever a client sent', async () => {
    for (const [title, stale] of Object.entries(expected)) {
      const doc = await server.payload.findByID({ collection: 'guides', id: ids[title] })
      expect(doc.stale, title).toBe(stale)
    }
  })

  it('exposes stale over REST', async () => {
    for (const [title, stale] of Object.entries(expected)) {
      const res = await fetch(`${server.url}/api/guides/${ids[title]}?depth=0`)
      expect(res.status).toBe(200)
      expect((await res.json()).stale, title).toBe(stale)
    }
    const list = await fetch(`${server.url}/api/guides?limit=10&depth=0`)
    const body = (await list.json()) as { docs: { title: string; stale: boolean }[] }
    expect(Object.fromEntries(body.docs.map((d) => [d.title, d.stale]))).toEqual(expected)
  })

  it('exposes stale over GraphQL', async () => {
    const res = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Guides(limit: 10) { docs { title stale } } }' }),
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { data?: { Guides: { docs: { title: string; stale: boolean }[] } }; errors?: unknown }
    expect(body.errors).toBeUndefined()
    expect(Object.fromEntries(body.data!.Guides.docs.map((d) => [d.title, d.stale]))).toEqual(expected)
  })
})
