import type { Payload } from 'payload'

import { sqlEngine, transaction } from '../../db/raw-sql'
import { stitch } from '../identity/stitch'
import { rebuildClickRollups } from '../rollups/click-rollups'
import { rebuildCreditRollups } from '../rollups/credit-rollups'
import { creditConversion } from './credit-conversion'

const PAGE = 200

export type RecomputeResult = { conversions: number; credited: number; failed: number }

/**
 * Credits every conversion again (under the current settings), oldest first, in pages by id, then
 * rebuilds the daily rollups from the credits and clicks. A conversion whose stitch failed when it
 * arrived is stitched now. `onProgress` sees the running counts after each page.
 */
export const recomputeAttribution = async (payload: Payload, onProgress?: (done: number, total: number) => void): Promise<RecomputeResult> => {
  const result: RecomputeResult = { conversions: 0, credited: 0, failed: 0 }
  const total = (await payload.count({ collection: 'conversions' })).totalDocs
  let after = 0
  for (;;) {
    const page = await payload.find({ collection: 'conversions', where: { id: { greater_than: after } }, sort: 'id', limit: PAGE, pagination: false, depth: 0 })
    if (page.docs.length === 0) break
    for (const conversion of page.docs) {
      result.conversions++
      try {
        const contactId =
          conversion.contactId ??
          (await stitch(payload, { clickId: conversion.clickId, anonymousId: conversion.anonymousId, userId: conversion.userId, email: conversion.email }, { accountDomain: conversion.accountDomain, at: conversion.at }))
        if ((await creditConversion(payload, conversion, contactId)) > 0) result.credited++
      } catch (err) {
        result.failed++
        payload.logger.error({ err, msg: `recomputing conversion ${conversion.id} failed` })
      }
    }
    after = Number(page.docs[page.docs.length - 1].id)
    onProgress?.(result.conversions, total)
  }
  const engine = sqlEngine(payload)
  if (engine) await transaction(payload, [...rebuildCreditRollups(engine), ...rebuildClickRollups(engine)])
  return result
}
