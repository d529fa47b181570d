import type { Payload } from 'payload'

import { bulkInsert } from '../buffer/bulk-insert'
import { EventBuffer, type EventBufferOptions } from '../buffer/event-buffer'

export type ClickRow = {
  clickId: string
  at: string
  linkId: number
  code: string
  campaignKey: string | null
  channel: string | null
  contentType: string | null
  contentId: number | null
  human: boolean
  botReason: string | null
  referrer: string | null
  userAgent: string | null
}

export type BufferLimits = Pick<EventBufferOptions<ClickRow>, 'capacity' | 'flushAt' | 'intervalMs'>

/** Env overrides for the click buffer (tests and benchmarks use small or large ones). */
export const bufferLimitsFromEnv = (env: NodeJS.ProcessEnv = process.env): BufferLimits => ({
  capacity: Number(env.TRACKING_BUFFER_CAPACITY) || 100_000,
  flushAt: Number(env.TRACKING_FLUSH_AT) || 5000,
  intervalMs: Number(env.TRACKING_FLUSH_MS) || 1000,
})

/** Clicks go to the buffer; the buffer writes them to `clicks` in one transaction per batch. */
export const clickBuffer = (payload: () => Payload | undefined, limits: BufferLimits = bufferLimitsFromEnv()) =>
  new EventBuffer<ClickRow>({
    ...limits,
    write: async (rows) => {
      const p = payload()
      if (!p) throw new Error('the database is not connected yet')
      await bulkInsert(p, 'clicks', rows)
    },
    onError: (err, waiting) =>
      console.error(`[flywheel] writing clicks failed (${waiting} waiting, retrying): ${err instanceof Error ? err.message : String(err)}`),
  })
