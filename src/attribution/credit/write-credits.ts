import type { Payload } from 'payload'

import { sqlEngine, transaction } from '../../db/raw-sql'
import { bulkInsert, insertStatements } from '../buffer/bulk-insert'
import { creditRollupDelta } from '../rollups/credit-rollups'

export type CreditRow = Record<string, unknown> & { conversionId: number }

/**
 * Replaces a conversion's credits with `rows` and records its contact, in one transaction on the SQL
 * engines: the old credits leave the daily rollups, the new ones enter them, so rollups and credits
 * never disagree, and a crash leaves either the old credits or the new ones. MongoDB (no rollups) runs
 * the steps one after another.
 */
export const writeCredits = async (payload: Payload, conversionId: number, contactId: number, rows: CreditRow[]): Promise<void> => {
  const engine = sqlEngine(payload)
  if (!engine) {
    await payload.delete({ collection: 'attribution-credits', where: { conversionId: { equals: conversionId } }, overrideAccess: true })
    await bulkInsert(payload, 'attribution-credits', rows)
    await payload.update({ collection: 'conversions', id: conversionId, data: { contactId }, overrideAccess: true, depth: 0 })
    return
  }
  const mine = { sql: 'conversion_id = ?', args: [conversionId] }
  await transaction(payload, [
    creditRollupDelta(engine, -1, mine),
    { sql: 'DELETE FROM attribution_credits WHERE conversion_id = ?', args: [conversionId] },
    ...insertStatements(engine, 'attribution_credits', rows),
    creditRollupDelta(engine, 1, mine),
    { sql: 'UPDATE conversions SET contact_id = ? WHERE id = ?', args: [contactId, conversionId] },
  ])
}
