import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '../../../fields/relation-id'
import type { Distribution } from '../../../payload-types'
import { award, reverse } from '../ledger'
import { growthSkipped, safely } from './guard'

const FINISHED_WITH_SENDS = new Set<Distribution['status']>(['sent', 'partially-failed'])

/**
 * afterChange of distributions (the send job's writes included): `distribution.sent` to whoever
 * created it, when a run finishes with deliveries sent — once per distribution, or once per occurrence
 * of a weekly digest (`#occurrence-N`). Cancelled before anything went out: its grants are reversed.
 */
export const growthAfterDistributionChange: CollectionAfterChangeHook<Distribution> = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || growthSkipped(req.context)) return doc
  const { payload } = req
  const creator = relationId(doc.createdBy)
  const source = `distributions:${doc.id}`
  const sent = (doc.sentCount ?? 0) > 0

  if (creator !== null && sent && FINISHED_WITH_SENDS.has(doc.status) && previousDoc?.status !== doc.status) {
    await safely(payload, `distribution.sent for ${source}`, () => award(payload, { user: creator, rule: 'distribution.sent', source, detail: doc.status }))
  }
  // A weekly digest goes back to scheduled with the next occurrence after each send.
  const before = previousDoc?.progress?.occurrence ?? 0
  const after = doc.progress?.occurrence ?? 0
  if (creator !== null && sent && doc.schedule?.repeat === 'weekly' && after > before) {
    await safely(payload, `distribution.sent for ${source}#occurrence-${before}`, () =>
      award(payload, { user: creator, rule: 'distribution.sent', source: `${source}#occurrence-${before}`, detail: 'weekly' }),
    )
  }
  if (doc.status === 'cancelled' && previousDoc?.status !== 'cancelled' && !sent) {
    await safely(payload, `reversing distribution.sent for ${source}`, () => reverse(payload, { source, rule: 'distribution.sent', reason: 'cancelled before sending' }))
  }
  return doc
}
