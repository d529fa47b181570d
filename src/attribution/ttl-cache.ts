/**
 * Values kept for `ttlMs` (a cached miss is a value too, e.g. null), at most `max` entries (all dropped
 * when full). The tracking routes cache links, source keys and settings for a second, so an edit reaches
 * every server within a second without a query per request.
 */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>()

  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
  ) {}

  /** The entry while it is fresh, else undefined. */
  peek(key: K): { value: V } | undefined {
    const hit = this.entries.get(key)
    return hit && hit.until > Date.now() ? hit : undefined
  }

  /** The last value even when expired (until evicted): served when the database cannot answer. */
  stale(key: K): { value: V } | undefined {
    return this.entries.get(key)
  }

  set(key: K, value: V): V {
    if (this.entries.size >= this.max) this.entries.clear()
    this.entries.set(key, { value, until: Date.now() + this.ttlMs })
    return value
  }

  clear(): void {
    this.entries.clear()
  }
}
