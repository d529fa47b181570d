import type { RequestHandler } from 'express'

import { sendWebResponse, toWebRequest } from '../server/web-bridge'
import { PRIVATE_CACHE_CONTROL, publicCacheControl } from './headers'
import type { ReadThroughOptions, WebHandler } from './read-through'
import { restReadScope } from './scope'
import { bufferResponse, forStorage, isTextual, markRead, sendBuffered } from './web'

/** HEAD is GET without the body (RFC 9110 §9.3.2): Payload only routes GET. */
const asGet = (request: Request): Request => (request.method === 'HEAD' ? new Request(request, { method: 'GET' }) : request)

/**
 * GET and HEAD under /api. Anonymous published reads come from the cache with
 * `Cache-Control: public`; signed-in, draft and preview reads go to Payload with `private, no-store`.
 * Every JSON or text answer carries a strong ETag and honours `If-None-Match`, cached or not.
 */
export const restReads =
  (handler: WebHandler, { cache, ttlSeconds, cookies }: ReadThroughOptions): RequestHandler =>
  async (req, res, next) => {
    try {
      const scope = restReadScope({ path: req.path, url: req.originalUrl, headers: req.headers, cookies: await cookies() })
      // Built only when Payload is asked: a hit never needs it.
      const request = () => asGet(toWebRequest(req))

      if (scope.kind === 'public') {
        const load = async () => {
          const buffered = await bufferResponse(await handler(request()))
          return { response: forStorage(buffered), cacheable: buffered.status === 200 && buffered.cookies.length === 0 }
        }
        const { response, hit } = cache ? await cache.read(scope.key, scope.tags, load) : { response: (await load()).response, hit: false }
        const cacheControl = response.status === 200 ? publicCacheControl(ttlSeconds) : undefined
        return sendBuffered(req, res, response, { cache: cache ? (hit ? 'HIT' : 'MISS') : 'BYPASS', cacheControl, validate: true })
      }

      if (scope.kind === 'private') cache?.recordBypass()
      const marks = scope.kind === 'private' ? ({ cache: 'BYPASS', cacheControl: PRIVATE_CACHE_CONTROL } as const) : {}
      const response = await handler(request())
      // Files stream as they are: hashing them would mean holding whole PDFs in memory.
      if (!isTextual(response)) {
        markRead(res, marks)
        return await sendWebResponse(res, response, req.method)
      }
      sendBuffered(req, res, await bufferResponse(response), { ...marks, validate: true })
    } catch (err) {
      next(err)
    }
  }
