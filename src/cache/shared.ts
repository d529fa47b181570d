import { ResponseCache, type CacheStats } from './response-cache'
import { readCacheSettings } from './settings'

// On globalThis, not in module scope: Next compiles its own copy of the config and its hooks, and
// an invalidation from there must reach the cache the Express routes read from in the same process.
const SLOT = Symbol.for('flywheel.responseCache')
type Holder = { [SLOT]?: ResponseCache }
const holder = globalThis as Holder

/**
 * The process's published-read cache, created from the environment on first use (when the app is
 * built, after tests and the bench have set it); `undefined` when `CACHE_DISABLED` or a zero limit.
 */
export const sharedResponseCache = (): ResponseCache | undefined => {
  if (holder[SLOT]) return holder[SLOT]
  const settings = readCacheSettings()
  if (!settings.enabled) return undefined
  return (holder[SLOT] = new ResponseCache(settings))
}

/** Drops entries by tag in this process's cache, if it has one. */
export const invalidateTags = (tags: readonly string[]): void => {
  holder[SLOT]?.invalidate(tags)
}

/** Hit, miss and size counters of this process's cache (for tests and diagnostics). */
export const cacheStats = (): CacheStats | undefined => holder[SLOT]?.stats()
