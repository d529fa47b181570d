import type { CollectionSlug, Payload } from 'payload'

import { bulkInsert, type BulkInsertOptions } from './bulk-insert'
import { EventBuffer, type EventBufferOptions } from './event-buffer'

export type BufferLimits = Pick<EventBufferOptions<unknown>, 'capacity' | 'flushAt' | 'intervalMs'>

/** Env overrides for the tracking buffers (tests and benchmarks use small or large ones). */
export const bufferLimitsFromEnv = (env: NodeJS.ProcessEnv = process.env): BufferLimits => ({
  capacity: Number(env.TRACKING_BUFFER_CAPACITY) || 100_000,
  flushAt: Number(env.TRACKING_FLUSH_AT) || 5000,
  intervalMs: Number(env.TRACKING_FLUSH_MS) || 1000,
})

/** A buffer whose batches go into one of Flywheel's event tables in one transaction each. */
export const tableBuffer = <T extends Record<string, unknown>>(
  payload: () => Payload | undefined,
  collection: CollectionSlug,
  limits: BufferLimits = bufferLimitsFromEnv(),
  options: BulkInsertOptions & {
    /** Writes a batch in one transaction instead of a plain bulkInsert (e.g. with its rollups). */
    insert?: (payload: Payload, rows: T[]) => Promise<void>
    /** Runs after each stored batch (in the same retry: a failure writes the batch again, duplicates skipped). */
    afterWrite?: (payload: Payload, rows: T[]) => Promise<void>
  } = {},
) =>
  new EventBuffer<T>({
    ...limits,
    write: async (rows) => {
      const p = payload()
      if (!p) throw new Error('the database is not connected yet')
      await (options.insert ? options.insert(p, rows) : bulkInsert(p, collection, rows, options))
      await options.afterWrite?.(p, rows)
    },
    onError: (err, waiting) =>
      console.error(`[flywheel] writing ${collection} failed (${waiting} waiting, retrying): ${err instanceof Error ? err.message : String(err)}`),
  })
