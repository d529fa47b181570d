import type { Payload } from 'payload'

import { relationId } from '../../fields/relation-id'
import { awardConversionCredits } from '../../growth/team/hooks/conversion-credited'
import type { Conversion } from '../../payload-types'
import { creditWeights, MODELS } from '../models/credit'
import { creditSettings, ruleFor } from './settings'
import { touchesOf } from './touches'
import { writeCredits } from './write-credits'

const DAY_MS = 24 * 3600 * 1000

/**
 * Credits one conversion of a contact under all six models: one row per touchpoint and model with its
 * weight and its share of the revenue, over the touches of the contact or — when the conversion's rule
 * says so — of every contact of its account, inside the rule's lookback window. Replaces earlier
 * credits of the conversion (a recompute). Returns the number of touchpoints (0: unattributed).
 */
export const creditConversion = async (payload: Payload, conversion: Conversion, contactId: number): Promise<number> => {
  const settings = await creditSettings(payload)
  const rule = ruleFor(settings, conversion.event)
  const at = Date.parse(conversion.at)
  const from = new Date(at - rule.lookbackDays * DAY_MS).toISOString()
  const contact = await payload.findByID({ collection: 'contacts', id: contactId, depth: 1 })
  const accountId = relationId(contact.account)
  const layer = contact.layer && typeof contact.layer === 'object' ? contact.layer.slug : null
  const contactIds =
    rule.scope === 'account' && accountId
      ? (await payload.find({ collection: 'contacts', where: { account: { equals: accountId } }, pagination: false, depth: 0, select: {} })).docs.map((c) => Number(c.id))
      : [contactId]
  const touches = await touchesOf(payload, contactIds, from, conversion.at, conversion.clickId ? [conversion.clickId] : [])
  const rows = MODELS.flatMap((model) => {
    const weights = creditWeights(model, touches, at, { halfLifeDays: settings.halfLifeDays })
    return touches.map((touch, i) => ({
      conversionId: Number(conversion.id),
      conversionEvent: conversion.event,
      conversionAt: conversion.at,
      model,
      contactId,
      accountId,
      layer,
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
  await writeCredits(payload, Number(conversion.id), contactId, rows)
  // Authors of the credited content earn growth value (never fails the crediting; idempotent).
  await awardConversionCredits(payload, conversion, rows)
  return touches.length
}
