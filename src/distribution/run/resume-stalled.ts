import type { Payload } from 'payload'

import { leaseMs } from './lease'

/**
 * Restarts the send job of a distribution whose worker died mid-send (status `sending`, heartbeat older
 * than the lease): Payload never runs a job again that a dead process left `processing`, so that job is
 * released and a fresh one queued. The new run finds the deliveries already recorded and the claims of
 * the dead worker expired. Called by every job runner (server autorun and `npm run jobs`) each tick.
 */
export const resumeStalled = async (payload: Payload, now = new Date()): Promise<number> => {
  const stale = new Date(now.getTime() - leaseMs()).toISOString()
  const stalled = await payload.find({
    collection: 'distributions',
    where: { and: [{ status: { equals: 'sending' } }, { or: [{ 'progress.heartbeatAt': { less_than: stale } }, { 'progress.heartbeatAt': { exists: false } }] }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { progress: true },
  })
  for (const d of stalled.docs) {
    const key = `sendDistribution:${d.id}`
    const jobs = await payload.find({ collection: 'payload-jobs', where: { and: [{ concurrencyKey: { equals: key } }, { completedAt: { exists: false } }] }, depth: 0, pagination: false, overrideAccess: true })
    const running = jobs.docs.filter((j) => j.processing)
    // A job waiting for a later time is fine (a local-time send between recipients): leave it.
    if (running.length === 0 && jobs.docs.length > 0) continue
    for (const job of running) await payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: false, hasError: true, error: { message: 'its worker stopped (no heartbeat within the lease)' } }, overrideAccess: true, depth: 0 })
    await payload.jobs.queue({ task: 'sendDistribution', input: { distributionId: Number(d.id) } })
    // Counted as alive again until the new run writes its own heartbeat.
    await payload.update({ collection: 'distributions', id: d.id, data: { progress: { ...d.progress, heartbeatAt: now.toISOString() } }, context: { distributionInternal: true }, overrideAccess: true, depth: 0 })
    payload.logger.warn(`distribution ${d.id}: its send job stopped without finishing; queued it again`)
  }
  return stalled.docs.length
}
