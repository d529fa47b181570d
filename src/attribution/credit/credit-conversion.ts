import type { Payload } from 'payload'

import type { Conversion } from '../../payload-types'
import { bulkInsert } from '../buffer/bulk-insert'
import { creditWeights, lookbackDays, MODELS } from '../models/credit'
import { touchesOf } from './touches'

const DAY_MS = 24 * 3600 * 1000

/**
 * Credits one conversion of a contact under all six models: one row per touchpoint and model with
 * its weight and its share of the revenue. Replaces earlier credits of the conversion (a recompute).
 * Returns the number of touchpoints (0: the conversion is unattributed).
 */
export const creditConversion = async (payload: Payload, conversion: Conversion, contactId: number): Promise<number> => {
  const at = Date.parse(conversion.at)
  const from = new Date(at - lookbackDays(conversion.event) * DAY_MS).toISOString()
  const touches = await touchesOf(payload, contactId, from, conversion.at, conversion.clickId ? [conversion.clickId] : [])
  const contact = await payload.findByID({ collection: 'contacts', id: contactId, depth: 0 })
  const accountId = typeof contact.account === 'object' && contact.account ? Number(contact.account.id) : (contact.account ?? null)
  await payload.delete({ collection: 'attribution-credits', where: { conversionId: { equals: conversion.id } }, overrideAccess: true })
  if (touches.length === 0) return 0
  const rows = MODELS.flatMap((model) => {
    const weights = creditWeights(model, touches, at)
    return touches.map((touch, i) => ({
      conversionId: Number(conversion.id),
      conversionEvent: conversion.event,
      conversionAt: conversion.at,
      model,
      contactId,
      accountId,
      touchAt: new Date(touch.at).toISOString(),
      touchKind: touch.touchKind,
      direct: touch.direct,
      clickId: touch.clickId,
      linkId: touch.linkId,
      campaignKey: touch.campaignKey,
      channel: touch.channel,
      contentType: touch.contentType,
      contentId: touch.contentId,
      weight: weights[i],
      revenue: conversion.revenue == null ? null : conversion.revenue * weights[i],
      currency: conversion.currency ?? null,
    }))
  })
  await bulkInsert(payload, 'attribution-credits', rows)
  return touches.length
}
