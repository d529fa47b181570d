import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { createTracking, type Tracking } from '../../src/attribution/routes'

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'

/** Just enough of Payload for the redirect: one link, the settings, and a drizzle that can be down. */
const fakePayload = () => {
  const inserted: Record<string, unknown>[] = []
  const state = { down: false, finds: 0 }
  const payload = {
    logger: { warn: () => {} },
    find: async ({ collection }: { collection: string }) => {
      if (collection === 'visitor-salts') return { docs: [{ day: new Date().toISOString().slice(0, 10), salt: 'salt' }] }
      state.finds++
      return { docs: [{ id: 7, code: 'promo', destinationType: 'url', url: 'https://example.com/p', utm: { source: 'newsletter' }, channel: 'newsletter' }] }
    },
    findGlobal: async () => ({ allowedDomains: [{ domain: 'example.com' }] }),
    create: async () => ({}),
    delete: async () => ({ docs: [] }),
    collections: { clicks: { config: { timestamps: false } } },
    db: {
      name: 'sqlite',
      client: {
        // Each click statement inserts rows of the 15 click fields, clickId first (the batch's rollups follow).
        batch: async (statements: { sql: string; args: unknown[] }[]) => {
          if (state.down) throw new Error('SQLITE_BUSY: database is locked')
          for (const { sql, args } of statements) if (sql.startsWith('INSERT INTO "clicks"')) for (let i = 0; i < args.length; i += 15) inserted.push({ clickId: args[i] })
        },
      },
    },
  }
  return { payload: payload as unknown as Payload, inserted, state }
}

describe('the /l/:code route and its click buffer', () => {
  let tracking: Tracking | undefined
  let close: (() => void) | undefined
  afterEach(async () => {
    await tracking?.close(100)
    close?.()
  })

  const serve = async (payload: Payload | undefined, limits: { capacity: number; flushAt: number; intervalMs: number }) => {
    tracking = createTracking(() => payload, limits)
    const handle = tracking.handle
    const server = http.createServer((req, res) => {
      if (!handle(req, res)) res.writeHead(404).end()
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    close = () => server.close()
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    return (code = 'promo') => fetch(`${base}/l/${code}`, { redirect: 'manual', headers: { 'user-agent': BROWSER } })
  }

  it('keeps answering while the database is down, refuses with 503 once the buffer is full, and loses nothing', async () => {
    const db = fakePayload()
    db.state.down = true
    const follow = await serve(db.payload, { capacity: 5, flushAt: 2, intervalMs: 20 })
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const res = await follow()
      expect(res.status).toBe(302)
      ids.push(new URL(res.headers.get('location')!).searchParams.get('fw_click')!)
    }
    const full = await follow()
    expect(full.status).toBe(503)
    expect(full.headers.get('retry-after')).toBe('1')
    expect(full.headers.get('location')).toBeNull()
    expect(db.inserted).toEqual([])

    db.state.down = false
    await new Promise((r) => setTimeout(r, 400))
    expect(db.inserted.map((row) => row.clickId)).toEqual(ids)
    expect((await follow()).status).toBe(302)
    expect(tracking!.stats().clicks).toMatchObject({ capacity: 5, accepted: 6 })
  })

  it('looks a code up at most once a second', async () => {
    const db = fakePayload()
    const follow = await serve(db.payload, { capacity: 100, flushAt: 100, intervalMs: 1000 })
    await Promise.all(Array.from({ length: 20 }, () => follow()))
    expect(db.state.finds).toBe(1)
  })

  it('answers 503 while Payload is not connected yet', async () => {
    const follow = await serve(undefined, { capacity: 10, flushAt: 10, intervalMs: 1000 })
    const res = await follow()
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('2')
  })
})
