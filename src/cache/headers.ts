import { STALE_WHILE_REVALIDATE_SECONDS } from './settings'

/** Anonymous published reads: any cache may keep them for the TTL, and serve them stale briefly. */
export const publicCacheControl = (ttlSeconds: number): string =>
  `public, max-age=${ttlSeconds}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`

/** Signed-in, draft and preview answers belong to one reader and are kept by nobody. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

/** What the answer to an /api read depends on besides its URL. */
export const VARY = ['Authorization', 'Cookie', 'Accept-Language']

export type CacheStatus = 'HIT' | 'MISS' | 'BYPASS'
