import type { Payload } from 'payload'

import { querySql, sqlEngine } from '../../../db/raw-sql'
import type { Conversion } from '../../../payload-types'
import { award } from '../ledger'
import { authorLookup } from './authors'
import { safely } from './guard'

/** The conversion name that takes revenue back (contract: `properties.refundOf` = the refunded idempotencyKey). */
export const REFUND_EVENT = 'refund'

/** The credit model whose content credits earn growth value. */
const MODEL = 'POSITION_BASED'

type CreditRow = { model?: unknown; contentType?: unknown; contentId?: unknown; weight?: unknown }

/** Was this conversion refunded (a `refund` from the same source names it)? Then it earns nothing again. */
const isRefunded = async (payload: Payload, conversion: Pick<Conversion, 'sourceId' | 'idempotencyKey'>): Promise<boolean> => {
  const engine = sqlEngine(payload)
  if (!engine) {
    const { totalDocs } = await payload.count({ collection: 'conversions', where: { and: [{ event: { equals: REFUND_EVENT } }, { sourceId: { equals: conversion.sourceId } }, { 'properties.refundOf': { equals: conversion.idempotencyKey } }] } })
    return totalDocs > 0
  }
  const refundOf = engine === 'postgres' ? "properties->>'refundOf'" : "json_extract(properties, '$.refundOf')"
  const rows = await querySql(payload, `SELECT id FROM conversions WHERE event = ? AND source_id = ? AND ${refundOf} = ? LIMIT 1`, [REFUND_EVENT, conversion.sourceId, conversion.idempotencyKey])
  return (rows?.length ?? 0) > 0
}

/**
 * After a conversion's credits are written (on arrival or in a recompute): `conversion.credited` to
 * the authors of each content item the POSITION_BASED model credited (weight > 0), source
 * `conversions:<id>#<contentType>:<contentId>`, detail the conversion's name. The rule is
 * non-repeatable, so a recompute finds the grants active and writes nothing; a refunded conversion
 * (and a refund itself) earns nothing.
 */
export const awardConversionCredits = async (payload: Payload, conversion: Conversion, rows: readonly CreditRow[]): Promise<void> =>
  safely(payload, `conversion.credited for conversion ${conversion.id}`, async () => {
    if (conversion.event === REFUND_EVENT) return
    const items = new Map<string, { contentType: string; contentId: number }>()
    for (const row of rows) {
      if (row.model !== MODEL || !(Number(row.weight) > 0) || typeof row.contentType !== 'string' || row.contentId == null) continue
      const contentId = Number(row.contentId)
      if (Number.isFinite(contentId)) items.set(`${row.contentType}:${contentId}`, { contentType: row.contentType, contentId })
    }
    const authorsOf = authorLookup(payload)
    const grants: { user: number; item: string }[] = []
    for (const [item, { contentType, contentId }] of items) for (const user of await authorsOf(contentType, contentId)) grants.push({ user, item })
    if (grants.length === 0 || (await isRefunded(payload, conversion))) return
    for (const { user, item } of grants) {
      await award(payload, { user, rule: 'conversion.credited', source: `conversions:${conversion.id}#${item}`, detail: conversion.event.slice(0, 200) })
    }
  })
