import express, { type Router } from 'express'

export type Readiness = { ready: boolean; adapter?: string; reason?: string }

/**
 * GET /healthz – liveness: the process answers.
 * GET /readyz – readiness: 503 until the database is connected and migrations applied.
 */
export const healthRoutes = (readiness: () => Readiness): Router => {
  const router = express.Router()
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  router.get('/readyz', (_req, res) => {
    const state = readiness()
    if (state.ready) res.json({ status: 'ready', adapter: state.adapter })
    else res.status(503).json({ status: 'starting', reason: state.reason ?? 'database not ready' })
  })
  return router
}
