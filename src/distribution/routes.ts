import express, { type Router } from 'express'
import type { Payload } from 'payload'

import { emailRoutes } from './email/routes'
import { feedRoutes } from './feeds/routes'

/**
 * The lean public routes of distribution (beside the tracking routes, ahead of Payload and Next):
 * one-click unsubscribe and the open pixel (src/distribution/email/routes.ts), and the feeds
 * (src/distribution/feeds/routes.ts).
 */
export const distributionRouter = (payload: () => Payload | undefined): Router => {
  const router = express.Router()
  void payload
  router.use(emailRoutes(payload))
  router.use(feedRoutes(payload))
  return router
}
