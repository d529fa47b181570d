import type { Payload, Where } from 'payload'

/** All occurrences: total, sent, failed; this occurrence: still to do, sent, given up. */
export type Counts = { total: number; sent: number; failed: number; pending: number; sentNow: number; failedNow: number }

const SENT = ['sent', 'opened', 'clicked', 'unsubscribed']

/** Progress of a distribution (all occurrences), and what of `occurrence` is still to do. */
export const countDeliveries = async (payload: Payload, distributionId: number, occurrence: number, maxAttempts: number): Promise<Counts> => {
  const of = (extra: Where[]) => payload.count({ collection: 'deliveries', where: { and: [{ distributionId: { equals: distributionId } }, ...extra] }, overrideAccess: true })
  const given: Where = { or: [{ status: { equals: 'bounced' } }, { and: [{ status: { equals: 'failed' } }, { attempts: { greater_than_equal: maxAttempts } }] }] }
  const now: Where = { occurrence: { equals: occurrence } }
  const [total, sent, failed, sentNow, failedNow, pending] = await Promise.all([
    of([{ status: { not_in: ['cancelled', 'suppressed'] } }]),
    of([{ status: { in: SENT } }]),
    of([given]),
    of([now, { status: { in: SENT } }]),
    of([now, given]),
    of([
      { occurrence: { equals: occurrence } },
      { or: [{ status: { in: ['queued', 'sending'] } }, { and: [{ status: { equals: 'failed' } }, { attempts: { less_than: maxAttempts } }] }] },
    ]),
  ])
  return { total: total.totalDocs, sent: sent.totalDocs, failed: failed.totalDocs, pending: pending.totalDocs, sentNow: sentNow.totalDocs, failedNow: failedNow.totalDocs }
}

/** The earliest due time of what is still to do in `occurrence`, if anything. */
export const nextDue = async (payload: Payload, distributionId: number, occurrence: number, maxAttempts: number): Promise<Date | undefined> => {
  const found = await payload.find({
    collection: 'deliveries',
    where: {
      and: [
        { distributionId: { equals: distributionId } },
        { occurrence: { equals: occurrence } },
        { or: [{ status: { in: ['queued', 'sending'] } }, { and: [{ status: { equals: 'failed' } }, { attempts: { less_than: maxAttempts } }] }] },
      ],
    },
    sort: 'dueAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return found.docs[0] ? new Date(found.docs[0].dueAt) : undefined
}
