import type { Payload } from 'payload'

import { TtlCache } from '../ttl-cache'

export type SourceRef = { id: number; name: string }

/** The key could not be checked (the database is away): answer 503, not 401 or 500. */
export class SourceLookupError extends Error {
  constructor(cause: unknown) {
    super(`checking the key failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause })
  }
}

/**
 * Sources by key, cached for a second (misses too). A rotation clears this process's cache at once
 * (collections/Sources afterChange), so the old key stops working here immediately and on every other
 * server within a second.
 */
export class SourceKeys {
  private static caches = new Set<SourceKeys>()
  private cache = new TtlCache<string, SourceRef | null>(1000)

  constructor(
    private readonly payload: () => Payload | undefined,
    private readonly field: 'writeKey' | 'secretKey',
  ) {
    SourceKeys.caches.add(this)
  }

  static forgetAll(): void {
    for (const keys of SourceKeys.caches) keys.cache.clear()
  }

  async find(key: string): Promise<SourceRef | null> {
    const hit = this.cache.peek(key)
    if (hit) return hit.value
    const payload = this.payload()
    if (!payload) throw new Error('not ready')
    try {
      const { docs } = await payload.find({ collection: 'sources', where: { [this.field]: { equals: key } }, depth: 0, limit: 1, pagination: false })
      return this.cache.set(key, docs[0] ? { id: Number(docs[0].id), name: docs[0].name } : null)
    } catch (err) {
      // The database is away: a key seen before keeps working (events are buffered meanwhile).
      const stale = this.cache.stale(key)
      if (stale) return stale.value
      throw new SourceLookupError(err)
    }
  }
}
