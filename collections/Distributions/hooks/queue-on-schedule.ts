import type { CollectionAfterChangeHook } from 'payload'

import type { Distribution } from '../../../src/payload-types'
import type { DistributionContext } from './guard-status'

/**
 * afterChange of distributions: a distribution that became scheduled (or was rescheduled) gets a
 * `sendDistribution` job waiting until its first run. Queued with `req`, so it exists only if the save
 * commits; the job's concurrency key keeps one runner per distribution and a newer one supersedes it.
 */
export const queueOnSchedule: CollectionAfterChangeHook<Distribution> = async ({ doc, previousDoc, req }) => {
  if ((req.context as DistributionContext).distributionInternal || doc.status !== 'scheduled') return doc
  if (previousDoc?.status === 'scheduled' && previousDoc.progress?.nextRunAt === doc.progress?.nextRunAt) return doc
  // Scheduled again after failures: the given-up deliveries go once more, nothing else is resent.
  if (previousDoc?.status === 'failed' || previousDoc?.status === 'partially-failed')
    await req.payload.update({
      collection: 'deliveries',
      where: { and: [{ distributionId: { equals: doc.id } }, { status: { equals: 'failed' } }] },
      data: { status: 'queued', attempts: 0, dueAt: new Date().toISOString() },
      overrideAccess: true,
      req,
    })
  const waitUntil = doc.progress?.nextRunAt ? new Date(doc.progress.nextRunAt) : undefined
  await req.payload.jobs.queue({ task: 'sendDistribution', input: { distributionId: Number(doc.id) }, waitUntil, req })
  return doc
}
