import type { ResponseCache } from './response-cache'
import type { CookieNames } from './scope'

/** A Payload route handler: web Request in, web Response out. */
export type WebHandler = (request: Request) => Promise<Response>

export type ReadThroughOptions = {
  /** The process cache; `undefined` when disabled (validators and Cache-Control still apply). */
  cache: ResponseCache | undefined
  /** max-age of anonymous published reads. */
  ttlSeconds: number
  /** Payload's cookie names, known once the config has resolved. */
  cookies: () => Promise<CookieNames>
}
