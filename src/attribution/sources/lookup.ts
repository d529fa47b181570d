import type { Payload } from 'payload'

import { TtlCache } from '../ttl-cache'

export type SourceRef = { id: number; name: string }

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
    const { docs } = await payload.find({ collection: 'sources', where: { [this.field]: { equals: key } }, depth: 0, limit: 1, pagination: false })
    return this.cache.set(key, docs[0] ? { id: Number(docs[0].id), name: docs[0].name } : null)
  }
}
