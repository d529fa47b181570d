import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import express, { type RequestHandler } from 'express'
import { getPayload, type Payload } from 'payload'

import { createTracking, type Tracking } from '../attribution/routes'
import { closePayload } from '../db/close'
import { surviveLostConnections } from '../db/pool-errors'
import { preflightDatabase } from '../db/preflight'
import { describeTarget, parseDatabaseUri } from '../db/parse-uri'
import { closeEmailTransports } from '../distribution/channels/email-transport'
import { distributionRouter } from '../distribution/routes'
import { projectRoot } from '../env/paths'
import { resolvePort } from '../env/port'
import { StartupError } from '../env/startup-error'
import { creditingIdle } from '../growth/layers/incremental'
import { createApp } from './app'
import type { Readiness } from './health'

export type StartOptions = {
  port?: number
  host?: string
  /** Serve the Next admin UI (default true; `ADMIN=off` makes an API and tracking-only node). */
  admin?: boolean
  /** Next dev mode (default: NODE_ENV !== 'production'). */
  dev?: boolean
  log?: (message: string) => void
}

export type RunningServer = {
  server: http.Server
  url: string
  payload: Payload
  /** The tracking routes' buffers (clicks): `stats()` for tests and benchmarks. */
  tracking: Tracking
  /** Stop accepting, finish in-flight requests, run shutdown hooks, close the database. */
  shutdown: (reason?: string) => Promise<void>
}

const SHUTDOWN_TIMEOUT_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS) || 15_000

const listen = (server: http.Server, port: number, host?: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new StartupError(`port ${port} is already in use (set PORT)`) : err),
    )
    server.listen(port, host, () => resolve())
  })

const loadNext = async (dev: boolean, port: number) => {
  if (!dev && !fs.existsSync(path.join(projectRoot(), '.next', 'BUILD_ID'))) {
    throw new StartupError('the admin UI is not built: run `npm run build` first (or start with ADMIN=off)')
  }
  const { default: next } = await import('next')
  return next({ dev, dir: projectRoot(), port })
}

export const startServer = async (options: StartOptions = {}): Promise<RunningServer> => {
  const log = options.log ?? ((m: string) => console.info(`[flywheel] ${m}`))
  const port = options.port ?? resolvePort()
  const dev = options.dev ?? process.env.NODE_ENV !== 'production'
  const admin = options.admin ?? process.env.ADMIN !== 'off'

  // Configuration problems surface here as StartupErrors, before anything listens.
  const target = parseDatabaseUri(process.env.DATABASE_URI)
  const config = (await import('../payload.config')).default

  let readiness: Readiness = { ready: false, reason: 'connecting to the database' }
  let draining = false
  let payload: Payload | undefined
  let nextHandler: RequestHandler | undefined
  const nextApp = admin ? await loadNext(dev, port) : undefined
  if (nextApp) {
    const handle = nextApp.getRequestHandler()
    nextHandler = (req, res) => handle(req, res)
  }

  const tracking = createTracking(() => payload)
  const app = createApp({
    config,
    readiness: () => readiness,
    tracking: express.Router().use(tracking.router, distributionRouter(() => payload)),
    next: nextHandler,
    shuttingDown: () => draining,
  })
  // Tracked-link redirects are answered on node:http itself; everything else goes to Express.
  const server = http.createServer((req, res) => {
    if (draining) res.setHeader('Connection', 'close')
    if (!tracking.handle(req, res)) app(req, res)
  })
  // Keep-alive longer than typical load balancer idle timeouts, so they close first.
  server.keepAliveTimeout = 65_000
  await listen(server, port, options.host)
  const { port: actualPort } = server.address() as AddressInfo
  const url = `http://localhost:${actualPort}`

  const closeServer = () =>
    new Promise<void>((resolve) => {
      if (!server.listening) return resolve()
      server.close(() => resolve())
      server.closeIdleConnections()
    })

  try {
    await preflightDatabase(target)
    payload = await getPayload({ config, cron: true })
    surviveLostConnections(payload)
    await tracking.warm()
    if (nextApp) {
      await nextApp.prepare()
      const upgrade = nextApp.getUpgradeHandler()
      server.on('upgrade', (req, socket, head) => void upgrade(req, socket, head))
    }
  } catch (err) {
    await closeServer()
    throw err
  }
  readiness = { ready: true, adapter: payload.db.name }
  log(`ready at ${url} (${describeTarget(target)}${admin ? `, admin at ${url}/admin` : ', admin off'})`)

  const { totalDocs: users } = await payload.count({ collection: 'users' })
  if (users === 0) {
    log(`no users yet: open ${url}/admin to create the first admin, or run \`npm run seed\` for a demo admin and demo content`)
  }

  const running = payload
  let shutdownPromise: Promise<void> | undefined
  const shutdown = (reason = 'shutdown') =>
    (shutdownPromise ??= (async () => {
      draining = true
      readiness = { ready: false, reason: 'shutting down' }
      log(`${reason}: draining in-flight requests`)
      const force = setTimeout(() => {
        log(`in-flight requests still open after ${SHUTDOWN_TIMEOUT_MS} ms: closing them`)
        server.closeAllConnections()
      }, SHUTDOWN_TIMEOUT_MS)
      force.unref()
      await closeServer()
      clearTimeout(force)
      // Every acknowledged click is written before the database closes.
      const unwritten = await tracking.close()
      if (unwritten > 0) log(`${unwritten} buffered events could not be written: the database stayed unreachable`)
      // The last batches' layer moves are credited in the background: let that finish on an open pool.
      await creditingIdle()
      closeEmailTransports()
      await closePayload(running)
      await nextApp?.close().catch(() => {})
      log('stopped')
    })())

  return { server, url, payload: running, tracking, shutdown }
}
