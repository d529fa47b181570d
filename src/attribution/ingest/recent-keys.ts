/**
 * The message ids seen lately, oldest forgotten first once `capacity` is reached. It answers "is this a
 * duplicate?" without a database round trip; the unique dedupe key in the events table is what keeps
 * a repeat from being stored twice across restarts and servers (it is then dropped, not counted).
 */
export class RecentKeys {
  private readonly seen = new Set<string>()
  private readonly ring: (string | undefined)[]
  private next = 0

  constructor(private readonly capacity = 1_000_000) {
    this.ring = new Array(capacity)
  }

  /** Adds the key; false if it was already there. */
  add(key: string): boolean {
    if (this.seen.has(key)) return false
    const evicted = this.ring[this.next]
    if (evicted !== undefined) this.seen.delete(evicted)
    this.ring[this.next] = key
    this.next = (this.next + 1) % this.capacity
    this.seen.add(key)
    return true
  }

  /** Forgets keys whose events were refused after all (buffer full), so a retry is not a duplicate. */
  delete(key: string): void {
    this.seen.delete(key)
  }
}
