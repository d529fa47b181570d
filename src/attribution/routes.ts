import express, { type Router } from 'express'
import type { Payload } from 'payload'

/**
 * The router slot for the lean tracking routes (`/l/:code`, `/t.js`, `/v1/*`). It is mounted ahead
 * of Payload and Next, so these requests never pass through either pipeline.
 */
export const trackingRoutes = (_payload: () => Payload | undefined): Router => {
  const router = express.Router()
  return router
}
