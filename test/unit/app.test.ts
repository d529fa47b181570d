import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'
import type { SanitizedConfig } from 'payload'
import { afterEach, describe, expect, it } from 'vitest'

import { createApp, type AppOptions } from '../../src/server/app'
import type { Readiness } from '../../src/server/health'

const servers: http.Server[] = []
afterEach(() => servers.splice(0).forEach((s) => s.close()))

const serve = async (overrides: Partial<AppOptions>) => {
  const app = createApp({
    // Never resolved: these tests must not reach Payload.
    config: new Promise<SanitizedConfig>(() => {}),
    readiness: () => ({ ready: true, adapter: 'sqlite' }),
    tracking: express.Router(),
    shuttingDown: () => false,
    ...overrides,
  })
  const server = http.createServer(app).listen(0)
  servers.push(server)
  await new Promise((r) => server.once('listening', r))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('the Express application', () => {
  it('answers /healthz at once and /readyz 503 until ready, then 200 with the adapter', async () => {
    let state: Readiness = { ready: false, reason: 'connecting to the database' }
    const base = await serve({ readiness: () => state })
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' })
    const notReady = await fetch(`${base}/readyz`)
    expect(notReady.status).toBe(503)
    expect(await notReady.json()).toEqual({ status: 'starting', reason: 'connecting to the database' })
    const api = await fetch(`${base}/api/users`)
    expect(api.status).toBe(503)
    expect(api.headers.get('retry-after')).toBe('2')
    expect(await api.json()).toEqual({ error: { code: 'not_ready', message: 'connecting to the database' } })

    state = { ready: true, adapter: 'postgres' }
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', adapter: 'postgres' })
  })

  it('serves tracking routes ahead of Next, even before the database is ready', async () => {
    const tracking = express.Router()
    tracking.get('/l/:code', (req, res) => res.redirect(302, `https://example.com/?c=${req.params.code}`))
    const nextCalls: string[] = []
    const base = await serve({
      tracking,
      readiness: () => ({ ready: false }),
      next: (req, res) => {
        nextCalls.push(req.url)
        res.end('next')
      },
    })
    const res = await fetch(`${base}/l/abc`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('https://example.com/?c=abc')
    expect(nextCalls).toEqual([])
  })

  it('hands everything else to Next once ready, and redirects / to the admin', async () => {
    const nextCalls: string[] = []
    const base = await serve({
      next: (req, res) => {
        nextCalls.push(req.url)
        res.end('admin page')
      },
    })
    expect(await (await fetch(`${base}/admin/collections/media`)).text()).toBe('admin page')
    const root = await fetch(`${base}/`, { redirect: 'manual' })
    expect(root.status).toBe(302)
    expect(root.headers.get('location')).toBe('/admin')
    expect(nextCalls).toEqual(['/admin/collections/media'])
  })

  it('answers unknown routes on an API-only node with the error envelope', async () => {
    const base = await serve({})
    const res = await fetch(`${base}/nothing-here`)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No route for GET /nothing-here' } })
  })

  it('tells keep-alive clients to go away while draining', async () => {
    const base = await serve({ shuttingDown: () => true })
    const res = await fetch(`${base}/healthz`)
    expect(res.headers.get('connection')).toBe('close')
  })
})
