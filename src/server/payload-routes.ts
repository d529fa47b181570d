import { GRAPHQL_PLAYGROUND_GET, GRAPHQL_POST } from '@payloadcms/next/routes'
import express, { type NextFunction, type Request, type Response, type Router } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import type { ReadThroughOptions, WebHandler } from '../cache/read-through'
import type { ResponseCache } from '../cache/response-cache'
import { cookieNames, type CookieNames } from '../cache/scope'
import { graphqlReads } from '../cache/serve-graphql'
import { restReads } from '../cache/serve-rest'
import { sendWebResponse, toWebRequest } from './web-bridge'

type Handler = (request: Request) => Promise<globalThis.Response>

const bridge =
  (handler: WebHandler) =>
  async (req: Request, res: Response, next: NextFunction) => {
    try {
      const response = await handler(toWebRequest(req))
      await sendWebResponse(res, response, req.method)
    } catch (err) {
      next(err)
    }
  }

export type PayloadRoutesOptions = {
  /** Published-read cache (src/cache); `undefined` serves every read from Payload. */
  cache: ResponseCache | undefined
  /** max-age announced on anonymous published reads. */
  ttlSeconds: number
}

/**
 * Payload REST (`/api/*`) and GraphQL (`/api/graphql`) served straight from Express: the same
 * handlers Next's route files would call, without a trip through Next's router. Reads pass through
 * the published-read cache first (src/cache/serve-rest.ts, serve-graphql.ts).
 */
export const payloadRoutes = (config: Promise<SanitizedConfig>, { cache, ttlSeconds }: PayloadRoutesOptions): Router => {
  const router = express.Router()
  const graphql = GRAPHQL_POST(config)
  const playground = GRAPHQL_PLAYGROUND_GET(config)
  const rest: WebHandler = (request) => handleEndpoints({ config, path: new URL(request.url).pathname, request })

  let names: CookieNames | undefined
  const reads: ReadThroughOptions = { cache, ttlSeconds, cookies: async () => (names ??= cookieNames((await config).cookiePrefix)) }

  router.post('/api/graphql', graphqlReads((request) => graphql(request), reads))
  // The playground handler itself answers 404 in production (disablePlaygroundInProduction).
  router.get('/api/graphql-playground', bridge((request) => playground(request)))
  // Express routes HEAD to GET handlers too.
  router.get('/api/{*path}', restReads(rest, reads))
  router.all('/api/{*path}', bridge(rest))
  return router
}

export type { Handler }
