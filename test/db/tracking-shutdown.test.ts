import { afterAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { bootPayload } from '../helpers/boot'
import { spawnServer, type Spawned } from '../helpers/spawn'

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'

describe('tracking on SIGTERM', () => {
  let booted: Awaited<ReturnType<typeof bootPayload>> | undefined
  let server: Spawned | undefined
  afterAll(async () => {
    server?.child.kill('SIGKILL')
    if (booted) await closePayload(booted.payload)
    await booted?.env.cleanup()
  })

  it('stores every click it answered before exiting, with the buffer never flushed by time or size', { timeout: 180_000 }, async () => {
    booted = await bootPayload()
    const { payload } = booted
    await payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: [{ domain: 'example.com' }] } })
    await payload.create({ collection: 'tracked-links', data: { code: 'under-load', destinationType: 'url', url: 'https://example.com/x' } })

    // The schema is in place (pushed above): the child skips drizzle's dev push.
    const started = await spawnServer(booted.env.databaseUri, { PAYLOAD_MIGRATING: 'true', TRACKING_FLUSH_MS: '600000', TRACKING_FLUSH_AT: '1000000' })
    server = started.server
    let answered = 0
    let stop = false
    const worker = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${started.base}/l/under-load`, { redirect: 'manual', headers: { 'user-agent': BROWSER } })
          if (res.status === 302) answered++
          else if (res.status !== 503) throw new Error(`unexpected ${res.status}`)
        } catch (err) {
          // Refused once the server stopped listening: not acknowledged, so not counted.
          if ((err as Error).message.startsWith('unexpected')) throw err
          return
        }
      }
    }
    const load = Array.from({ length: 16 }, worker)
    while (answered < 300) await new Promise((r) => setTimeout(r, 10))
    server.child.kill('SIGTERM')
    const exited = await server.exited
    stop = true
    await Promise.all(load)
    expect(exited.code, server.output()).toBe(0)

    // Counted through this file's own Payload, open on the same database all along.
    expect(answered).toBeGreaterThanOrEqual(300)
    expect((await payload.count({ collection: 'clicks' })).totalDocs).toBe(answered)
  })
})
