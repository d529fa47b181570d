/** A response as the cache keeps it: what a client needs to get the same bytes again. */
export type StoredResponse = {
  status: number
  /** Only the headers that matter to a reader (content type, language, CORS), lower-case names. */
  headers: [string, string][]
  body: Buffer
  etag: string
}

export type CacheLimits = { ttlSeconds: number; maxBytes: number; maxEntries: number }

export type CacheStats = {
  hits: number
  misses: number
  /** Requests the cache was not allowed to answer (signed in, drafts, previews, mutations). */
  bypasses: number
  /** Misses that waited for an identical request already on its way to Payload. */
  coalesced: number
  invalidations: number
  evictions: number
  entries: number
  bytes: number
}

/** What `read` answers: the response and whether it came from memory. */
export type ReadResult = { response: StoredResponse; hit: boolean }

/** A loader's answer; only `cacheable` ones are kept. */
export type Loaded = { response: StoredResponse; cacheable: boolean }

type Entry = StoredResponse & { key: string; tags: readonly string[]; expiresAt: number; size: number }
type Flight = { tags: readonly string[]; promise: Promise<StoredResponse> }

// Map, key and bookkeeping overhead per entry, so many tiny entries still count against the budget.
const ENTRY_OVERHEAD = 200

/**
 * Bounded LRU of responses (entries and bytes), each entry tagged (`rest:white-papers`, `query`) so a
 * change drops exactly what it can have changed. Identical concurrent misses share one load.
 *
 * Each tag has a generation: a load records the generations when it starts and its result is only
 * kept if none moved meanwhile, so a read that raced a write never stores what it saw before it.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>()
  private readonly byTag = new Map<string, Set<string>>()
  private readonly generations = new Map<string, number>()
  private readonly inflight = new Map<string, Flight>()
  private bytes = 0
  private readonly counts = { hits: 0, misses: 0, bypasses: 0, coalesced: 0, invalidations: 0, evictions: 0 }

  constructor(
    readonly limits: CacheLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Serves `key` from memory, or runs `load` once for all identical concurrent callers. */
  async read(key: string, tags: readonly string[], load: () => Promise<Loaded>): Promise<ReadResult> {
    const entry = this.get(key)
    if (entry) {
      this.counts.hits++
      return { response: entry, hit: true }
    }
    this.counts.misses++
    const joined = this.inflight.get(key)
    if (joined) {
      this.counts.coalesced++
      return { response: await joined.promise, hit: false }
    }
    const stamp = this.stamp(tags)
    const flight: Flight = {
      tags,
      promise: load().then(({ response, cacheable }) => {
        if (cacheable) this.set(key, tags, response, stamp)
        return response
      }),
    }
    this.inflight.set(key, flight)
    try {
      return { response: await flight.promise, hit: false }
    } finally {
      if (this.inflight.get(key) === flight) this.inflight.delete(key)
    }
  }

  /** Drops every entry carrying one of `tags`, and detaches loads in flight for them. */
  invalidate(tags: readonly string[]): number {
    let dropped = 0
    for (const tag of tags) {
      this.generations.set(tag, (this.generations.get(tag) ?? 0) + 1)
      for (const key of [...(this.byTag.get(tag) ?? [])]) dropped += this.delete(key) ? 1 : 0
    }
    for (const [key, flight] of this.inflight) if (flight.tags.some((t) => tags.includes(t))) this.inflight.delete(key)
    this.counts.invalidations++
    return dropped
  }

  recordBypass(): void {
    this.counts.bypasses++
  }

  stats(): CacheStats {
    return { ...this.counts, entries: this.entries.size, bytes: this.bytes }
  }

  clear(): void {
    for (const key of [...this.entries.keys()]) this.delete(key)
    this.inflight.clear()
  }

  private get(key: string): Entry | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= this.now()) {
      this.delete(key)
      return undefined
    }
    // Most recently used goes to the end of the Map's insertion order.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry
  }

  private stamp(tags: readonly string[]): string {
    return tags.map((tag) => this.generations.get(tag) ?? 0).join(',')
  }

  private set(key: string, tags: readonly string[], response: StoredResponse, stamp: string): boolean {
    if (stamp !== this.stamp(tags)) return false
    const size =
      response.body.length + key.length + response.headers.reduce((n, [k, v]) => n + k.length + v.length, 0) + ENTRY_OVERHEAD
    // One response may not take more than a quarter of the budget and push everything else out.
    if (size > this.limits.maxBytes / 4) return false
    this.delete(key)
    this.entries.set(key, { ...response, key, tags, size, expiresAt: this.now() + this.limits.ttlSeconds * 1000 })
    this.bytes += size
    for (const tag of tags) {
      let keys = this.byTag.get(tag)
      if (!keys) this.byTag.set(tag, (keys = new Set()))
      keys.add(key)
    }
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next().value
      if (oldest === undefined) break
      this.delete(oldest)
      this.counts.evictions++
    }
    return true
  }

  private delete(key: string): boolean {
    const entry = this.entries.get(key)
    if (!entry) return false
    this.entries.delete(key)
    this.bytes -= entry.size
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.byTag.delete(tag)
    }
    return true
  }
}
