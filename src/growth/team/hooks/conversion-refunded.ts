import type { CollectionAfterChangeHook } from 'payload'

import type { Conversion } from '../../../payload-types'
import { reverse } from '../ledger'
import { REFUND_EVENT } from './conversion-credited'
import { growthSkipped, safely } from './guard'

/**
 * afterChange of conversions: a refund (contract: event `refund`, `properties.refundOf` = the refunded
 * conversion's idempotencyKey, same source) reverses every grant sourced from the refunded conversion
 * (`conversions:<id>` and `conversions:<id>#…`) with counter-entries.
 */
export const growthAfterRefund: CollectionAfterChangeHook<Conversion> = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.event !== REFUND_EVENT || growthSkipped(req.context)) return doc
  const refundOf = (doc.properties as { refundOf?: unknown } | null)?.refundOf
  if (typeof refundOf !== 'string' || !refundOf) return doc
  const { payload } = req
  await safely(payload, `reversing the grants of refunded conversion ${refundOf}`, async () => {
    const { docs } = await payload.find({ collection: 'conversions', where: { dedupeKey: { equals: `${doc.sourceId}:${refundOf}` } }, limit: 1, depth: 0, overrideAccess: true, req })
    if (docs[0]) await reverse(payload, { source: `conversions:${docs[0].id}`, reason: `refunded (conversion ${doc.id})` })
  })
  return doc
}
