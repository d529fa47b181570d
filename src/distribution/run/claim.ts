import type { Payload, Where } from 'payload'

import type { Delivery } from '../../payload-types'

export type ClaimScope = { distributionId: number; channelId: number; occurrence: number }

/**
 * What is due of one channel of one occurrence: queued deliveries, failed ones with attempts left
 * whose backoff has passed, and ones claimed by a worker that died (claim older than the lease).
 */
export const dueWhere = (scope: ClaimScope, now: Date, maxAttempts: number, leaseMs: number): Where => ({
  and: [
    { distributionId: { equals: scope.distributionId } },
    { channelId: { equals: scope.channelId } },
    { occurrence: { equals: scope.occurrence } },
    { dueAt: { less_than_equal: now.toISOString() } },
    {
      or: [
        { status: { equals: 'queued' } },
        { and: [{ status: { equals: 'failed' } }, { attempts: { less_than: maxAttempts } }] },
        { and: [{ status: { equals: 'sending' } }, { claimedAt: { less_than: new Date(now.getTime() - leaseMs).toISOString() } }] },
      ],
    },
  ],
})

/**
 * Takes up to `limit` due deliveries for this worker: marks them `sending` with the claim time. One send
 * job runs per distribution (the job's concurrency key), so the claim needs no row locks; the lease
 * lets a restarted worker take over what a dead one had claimed.
 */
export const claimDue = async (payload: Payload, scope: ClaimScope, limit: number, now: Date, maxAttempts: number, leaseMs: number): Promise<Delivery[]> => {
  const due = await payload.find({ collection: 'deliveries', where: dueWhere(scope, now, maxAttempts, leaseMs), sort: 'id', limit, pagination: false, depth: 0, overrideAccess: true })
  if (due.docs.length === 0) return []
  const claimedAt = now.toISOString()
  await payload.update({ collection: 'deliveries', where: { id: { in: due.docs.map((d) => d.id) } }, data: { status: 'sending', claimedAt }, overrideAccess: true, depth: 0 })
  return due.docs.map((d) => ({ ...d, status: 'sending', claimedAt }))
}
