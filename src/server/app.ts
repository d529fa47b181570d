import express, { type Express, type RequestHandler, type Router } from 'express'
import type { SanitizedConfig } from 'payload'

import type { ResponseCache } from '../cache/response-cache'
import { readCacheSettings } from '../cache/settings'
import { sharedResponseCache } from '../cache/shared'
import { errorHandler, notFound, sendError } from './errors'
import { healthRoutes, type Readiness } from './health'
import { payloadRoutes } from './payload-routes'

export type AppOptions = {
  config: Promise<SanitizedConfig>
  readiness: () => Readiness
  /** Lean tracking routes (redirects, ingestion): mounted before Payload and Next, never through them. */
  tracking: Router
  /** Next's request handler (the admin UI); absent on API-only nodes (`ADMIN=off`). */
  next?: RequestHandler
  shuttingDown: () => boolean
  /**
   * Published-read cache: the process's shared one by default (off with `CACHE_DISABLED=1`);
   * `false` serves every read from Payload (the benchmark's uncached server).
   */
  cache?: ResponseCache | false
}

/** The Express application; `start.ts` owns the process lifecycle around it. */
export const createApp = ({ config, readiness, tracking, next, shuttingDown, cache }: AppOptions): Express => {
  // Read first: a bad CACHE_* value stops start-up before anything listens.
  const { ttlSeconds } = readCacheSettings()
  const responseCache = cache === false ? undefined : (cache ?? sharedResponseCache())
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY ?? 'loopback')

  // While draining, answer what is in flight and tell keep-alive clients to reconnect elsewhere.
  app.use((_req, res, nextFn) => {
    if (shuttingDown()) res.setHeader('Connection', 'close')
    nextFn()
  })
  app.use(healthRoutes(readiness))
  app.use(tracking)

  app.use((_req, res, nextFn) => {
    const state = readiness()
    if (state.ready) return nextFn()
    res.setHeader('Retry-After', '2')
    sendError(res, 503, 'not_ready', state.reason ?? 'Flywheel is starting')
  })
  app.use(payloadRoutes(config, { cache: responseCache, ttlSeconds }))
  if (next) {
    app.get('/', (_req, res) => res.redirect(302, '/admin'))
    app.use(next)
  } else {
    app.use(notFound)
  }
  app.use(errorHandler)
  return app
}
