import type { RequestHandler } from 'express'

import { sendWebResponse, toWebRequest } from '../server/web-bridge'
import { graphqlScope } from './graphql-scope'
import { PRIVATE_CACHE_CONTROL } from './headers'
import type { ReadThroughOptions, WebHandler } from './read-through'
import { isPrivateRead } from './scope'
import { bufferResponse, forStorage, markRead, readBody, sendBuffered, webRequestWithBody } from './web'

/** Bodies up to this size are read to see whether they hold a query; larger ones stream to Payload. */
export const GRAPHQL_INSPECT_LIMIT = 64 * 1024

const inspectable = (contentType: string | undefined, contentLength: string | undefined): boolean => {
  const length = Number(contentLength)
  return /^application\/json\b/i.test(contentType ?? '') && Number.isInteger(length) && length <= GRAPHQL_INSPECT_LIMIT
}

/**
 * POST /api/graphql. Anonymous queries of published content are answered from the cache (keyed by
 * the whole body); mutations, drafts, previews and signed-in requests always reach Payload.
 * GraphQL reports errors inside a 200, so only answers without `errors` are kept.
 */
export const graphqlReads =
  (handler: WebHandler, { cache, cookies }: ReadThroughOptions): RequestHandler =>
  async (req, res, next) => {
    try {
      const names = await cookies()
      const search = new URLSearchParams(req.originalUrl.split('?')[1] ?? '')
      if (isPrivateRead(req.headers, search, names)) {
        cache?.recordBypass()
        markRead(res, { cache: 'BYPASS', cacheControl: PRIVATE_CACHE_CONTROL })
        return await sendWebResponse(res, await handler(toWebRequest(req)), req.method)
      }
      if (!cache || !inspectable(req.headers['content-type'], req.headers['content-length'])) {
        cache?.recordBypass()
        markRead(res, { cache: 'BYPASS' })
        return await sendWebResponse(res, await handler(toWebRequest(req)), req.method)
      }

      const body = await readBody(req)
      const request = () => webRequestWithBody(req, body)
      const scope = graphqlScope({ url: req.originalUrl, headers: req.headers, body, cookies: names })
      if (scope.kind !== 'public') {
        cache.recordBypass()
        markRead(res, { cache: 'BYPASS' })
        return await sendWebResponse(res, await handler(request()), req.method)
      }
      const { response, hit } = await cache.read(scope.key, scope.tags, async () => {
        const buffered = await bufferResponse(await handler(request()))
        const clean = buffered.status === 200 && buffered.cookies.length === 0 && !buffered.body.includes('"errors":')
        return { response: forStorage(buffered), cacheable: clean }
      })
      sendBuffered(req, res, response, { cache: hit ? 'HIT' : 'MISS', validate: false })
    } catch (err) {
      next(err)
    }
  }
