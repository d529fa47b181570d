import type { Payload } from 'payload'

import type { DistributionContext } from '../../../collections/Distributions/hooks/guard-status'
import type { Channel, Distribution } from '../../payload-types'
import { adapterFor } from '../channels'
import type { Outcome } from '../channels/adapter'
import { clock } from '../schedule/first-run'
import { nextLocalTime } from '../schedule/local-time'
import { cancelDeliveries } from './cancel'
import { claimDue } from './claim'
import { countDeliveries, nextDue } from './counts'
import { leaseMs } from './lease'
import { planDeliveries } from './plan'
import { recordOutcome } from './record'
import { variantFor } from '../variant'
import { trackedLinkFor } from './tracked-link'

/** Run again at this time (more is due later, a retry, or the next weekly digest); none when done. */
export type RunResult = { status: Distribution['status']; runAgainAt?: Date }

const internal = { distributionInternal: true } satisfies DistributionContext
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * One run of the send job for a distribution: plan the occurrence's deliveries (once), send what is due
 * channel by channel in batches (the channel's batch size, parallel batches and rate), record every
 * outcome as it happens, keep the counts current, stop when cancelled, and settle the status: sent,
 * partially failed or failed — or say when to run again.
 */
export const runDistribution = async (payload: Payload, id: number, now: () => Date = () => new Date()): Promise<RunResult> => {
  let distribution = await payload.findByID({ collection: 'distributions', id, depth: 1, overrideAccess: true })
  if (distribution.status !== 'scheduled' && distribution.status !== 'sending') return { status: distribution.status }
  const settings = await payload.findGlobal({ slug: 'distribution-settings' })
  const maxAttempts = settings.maxAttempts
  const occurrence = distribution.progress?.occurrence ?? 0
  const progress = () => ({ ...distribution.progress, heartbeatAt: now().toISOString() })
  const save = async (data: Partial<Distribution>) =>
    (distribution = { ...(await payload.update({ collection: 'distributions', id, data, context: internal, depth: 0, overrideAccess: true })), content: distribution.content, channels: distribution.channels })

  if (distribution.status === 'scheduled') await save({ status: 'sending', progress: { ...progress(), startedAt: distribution.progress?.startedAt ?? now().toISOString() } })
  if (distribution.progress?.plannedOccurrence !== occurrence) {
    await planDeliveries(payload, distribution, occurrence, now())
    await save({ progress: { ...progress(), plannedOccurrence: occurrence } })
  }

  const controller = new AbortController()
  const cancelled = async () => (await payload.findByID({ collection: 'distributions', id, depth: 0, overrideAccess: true, select: { status: true } })).status === 'cancelled'
  // While a batch runs: heartbeat for the stale-job check, and a cancel stops it between messages.
  const beat = async () => {
    if (await cancelled()) controller.abort()
    else await save({ progress: progress() })
  }
  const watch = setInterval(() => void beat().catch(() => undefined), Math.max(250, Math.min(5000, leaseMs() / 3)))
  const links = new Map<string, Promise<string>>()
  try {
    for (const channel of (distribution.channels ?? []).filter((c): c is Channel => typeof c === 'object' && c !== null)) {
      const adapter = adapterFor(channel.kind)
      const { batchSize, concurrency, ratePerMinute } = adapter.limits(channel)
      const variant = variantFor(distribution, channel.id)
      const trackedLink = (url: string) => {
        let link = links.get(`${channel.id} ${url}`)
        if (!link) links.set(`${channel.id} ${url}`, (link = trackedLinkFor(payload, distribution, channel, url)))
        return link
      }
      for (;;) {
        if (controller.signal.aborted || (await cancelled())) return stopCancelled(payload, id)
        const started = Date.now()
        const scope = { distributionId: id, channelId: Number(channel.id), occurrence }
        const batches = []
        for (let i = 0; i < concurrency; i++) {
          const claimed = await claimDue(payload, scope, batchSize, now(), maxAttempts, leaseMs())
          if (claimed.length === 0) break
          batches.push(claimed)
        }
        if (batches.length === 0) break
        await Promise.all(
          batches.map(async (deliveries) => {
            const recorded = new Set<number>()
            const record = async (deliveryId: number, outcome: Outcome) => {
              const delivery = deliveries.find((d) => d.id === deliveryId)
              if (!delivery || recorded.has(deliveryId)) return
              recorded.add(deliveryId)
              await recordOutcome(payload, delivery, outcome, maxAttempts, now())
            }
            try {
              await adapter.send({ payload, channel, distribution, variant, deliveries, record, trackedLink, signal: controller.signal })
            } catch (err) {
              payload.logger.error({ err, msg: `distribution ${id}: a ${channel.kind} batch failed` })
              await save({ progress: { ...progress(), lastError: err instanceof Error ? err.message : String(err) } })
            }
            // What the adapter did not get to (an error, a cancel) fails for now and is retried (or cancelled below).
            for (const d of deliveries) if (!recorded.has(d.id)) await record(d.id, { ok: false, error: controller.signal.aborted ? 'cancelled before sending' : 'not sent in its batch' })
          }),
        )
        const counts = await countDeliveries(payload, id, occurrence, maxAttempts)
        await save({ sentCount: counts.sent, failedCount: counts.failed, totalCount: counts.total, progress: progress() })
        // The channel's rate: this many messages take at least this long.
        const sent = batches.reduce((n, b) => n + b.length, 0)
        if (ratePerMinute) await sleep(Math.max(0, (sent * 60_000) / ratePerMinute - (Date.now() - started)))
      }
    }
  } finally {
    clearInterval(watch)
  }
  if (await cancelled()) return stopCancelled(payload, id)
  return settle(payload, distribution, occurrence, maxAttempts, now(), save)
}

/** Cancelled meanwhile: whatever the batch left failed is cancelled too (the endpoint did the rest). */
const stopCancelled = async (payload: Payload, id: number): Promise<RunResult> => {
  await cancelDeliveries(payload, id)
  return { status: 'cancelled' }
}

/** After a run: more to do later, or the occurrence's outcome (and a weekly digest's next occurrence). */
const settle = async (
  payload: Payload,
  distribution: Distribution,
  occurrence: number,
  maxAttempts: number,
  now: Date,
  save: (data: Partial<Distribution>) => Promise<unknown>,
): Promise<RunResult> => {
  const id = Number(distribution.id)
  const counts = await countDeliveries(payload, id, occurrence, maxAttempts)
  const totals = { sentCount: counts.sent, failedCount: counts.failed, totalCount: counts.total }
  if (counts.pending > 0) {
    const due = (await nextDue(payload, id, occurrence, maxAttempts)) ?? now
    const at = new Date(Math.max(due.getTime(), now.getTime() + 1000))
    await save({ ...totals, progress: { ...distribution.progress, nextRunAt: at.toISOString(), heartbeatAt: now.toISOString() } })
    return { status: 'sending', runAgainAt: at }
  }
  const status = counts.failedNow === 0 ? 'sent' : counts.sentNow === 0 ? 'failed' : 'partially-failed'
  const schedule = distribution.schedule
  if (schedule?.repeat === 'weekly') {
    const next = nextLocalTime({ after: now, timeZone: schedule.timeZone || 'UTC', ...clock(schedule.localTime), weekday: Number(schedule.weekday ?? 1) })
    await save({ ...totals, status: 'scheduled', progress: { ...distribution.progress, occurrence: occurrence + 1, nextRunAt: next.toISOString(), finishedAt: now.toISOString(), heartbeatAt: null } })
    return { status: 'scheduled', runAgainAt: next }
  }
  await save({ ...totals, status, progress: { ...distribution.progress, finishedAt: now.toISOString(), nextRunAt: null, heartbeatAt: null } })
  return { status }
}
