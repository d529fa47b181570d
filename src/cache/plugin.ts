import type { Plugin } from 'payload'

import { withCacheInvalidation } from './invalidate'
import { CACHED_COLLECTIONS } from './scope'

/**
 * Adds the invalidation hooks to every collection whose reads are cached, from the one list in
 * scope.ts, so media and taxonomy collections need not know about the cache.
 */
export const cacheInvalidationPlugin = (): Plugin => (config) => ({
  ...config,
  collections: config.collections?.map((c) => (CACHED_COLLECTIONS.includes(c.slug) ? withCacheInvalidation(c) : c)),
})
