/**
 * A bounded in-memory queue in front of the database for the hot paths (redirect clicks, page views):
 * requests append and return at once; one writer flushes in batches at least every `intervalMs` or as
 * soon as `flushAt` items wait. A failed write keeps the batch at the head of the queue and retries
 * with exponential backoff; when the queue is full, `push` refuses (the route answers 503), so nothing
 * acknowledged is ever dropped. `close()` flushes what is left before the process exits.
 */
export class BufferFullError extends Error {
  constructor(readonly capacity: number) {
    super(`the event buffer is full (${capacity} waiting): retry shortly`)
  }
}

export type EventBufferOptions<T> = {
  /** Writes one batch in one transaction; throws to have it retried. */
  write: (batch: T[]) => Promise<void>
  capacity?: number
  flushAt?: number
  maxBatch?: number
  intervalMs?: number
  /** First retry delay after a failed write; doubles up to `maxBackoffMs`. */
  backoffMs?: number
  maxBackoffMs?: number
  onError?: (err: unknown, waiting: number) => void
}

/** accepted: items ever queued (each acknowledged to a client); written: those stored so far. */
export type BufferStats = { accepted: number; waiting: number; written: number; failedWrites: number; capacity: number }

export class EventBuffer<T> {
  private queue: T[] = []
  private accepted = 0
  private written = 0
  private failedWrites = 0
  private flushing: Promise<void> | undefined
  private timer: NodeJS.Timeout | undefined
  private retryAt = 0
  private backoff: number
  private closed = false
  private readonly o: Required<Omit<EventBufferOptions<T>, 'onError'>> & Pick<EventBufferOptions<T>, 'onError'>

  constructor(options: EventBufferOptions<T>) {
    this.o = { capacity: 100_000, flushAt: 1000, maxBatch: 5000, intervalMs: 1000, backoffMs: 100, maxBackoffMs: 10_000, ...options }
    this.backoff = this.o.backoffMs
    this.timer = setInterval(() => void this.flush(), this.o.intervalMs)
    this.timer.unref()
  }

  /** Queues the items, or throws BufferFullError (none of them queued). */
  push(...items: T[]): void {
    if (this.closed) throw new BufferFullError(this.o.capacity)
    if (this.queue.length + items.length > this.o.capacity) throw new BufferFullError(this.o.capacity)
    for (const item of items) this.queue.push(item)
    this.accepted += items.length
    if (this.queue.length >= this.o.flushAt) void this.flush()
  }

  stats(): BufferStats {
    return { accepted: this.accepted, waiting: this.queue.length, written: this.written, failedWrites: this.failedWrites, capacity: this.o.capacity }
  }

  /** Writes what waits now, batch by batch (one writer at a time; a call during a flush joins it). */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing
    if (this.queue.length === 0 || Date.now() < this.retryAt) return Promise.resolve()
    this.flushing = this.drain().finally(() => (this.flushing = undefined))
    return this.flushing
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.slice(0, this.o.maxBatch)
      try {
        await this.o.write(batch)
      } catch (err) {
        this.failedWrites++
        this.retryAt = Date.now() + this.backoff
        this.backoff = Math.min(this.backoff * 2, this.o.maxBackoffMs)
        this.o.onError?.(err, this.queue.length)
        return
      }
      // Only now leave the queue: what was pushed meanwhile stays behind the batch.
      this.queue.splice(0, batch.length)
      this.written += batch.length
      this.backoff = this.o.backoffMs
      this.retryAt = 0
    }
  }

  /**
   * Refuses new items and flushes the rest, retrying failed writes until `deadlineMs` has passed.
   * Returns how many items could not be written (0 unless the database stayed down).
   */
  async close(deadlineMs = 10_000): Promise<number> {
    this.closed = true
    clearInterval(this.timer)
    const deadline = Date.now() + deadlineMs
    while (this.queue.length > 0 && Date.now() < deadline) {
      this.retryAt = 0
      await this.flush()
      if (this.queue.length > 0) await new Promise((r) => setTimeout(r, Math.min(this.backoff, Math.max(0, deadline - Date.now()))))
    }
    return this.queue.length
  }
}
