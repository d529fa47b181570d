import type { Payload } from 'payload'

import { creditSettings, ruleFor } from '../../attribution/credit/settings'
import { touchesOf } from '../../attribution/credit/touches'
import { creditWeights, MODELS } from '../../attribution/models/credit'
import { relationId } from '../../fields/relation-id'
import type { LayerTransition } from '../../payload-types'
import { onLayerTransitionsCredited, type CreditedTransition } from '../team/hooks/layer-transitions'
import { claimAndWrite, type TransitionCredits } from './write-credits'

const DAY_MS = 24 * 3600 * 1000
const BATCH = 100

/** The conversion name whose attribution rule (lookback, scope) applies to moves into a layer. */
export const layerConversion = (toLayer: string | null | undefined): string => `layer:${toLayer ?? 'none'}`

type Settings = Awaited<ReturnType<typeof creditSettings>>

/** The contacts whose touches count for a transition: the contact (or, by the rule's scope, its account's), or every contact of the account. */
const subjectContacts = async (payload: Payload, t: LayerTransition, scope: 'contact' | 'account'): Promise<{ contactIds: number[]; contactId: number | null; accountId: number | null }> => {
  const contactId = relationId(t.contact)
  let accountId = relationId(t.account)
  if (t.subjectType === 'contact' && contactId != null) {
    if (accountId == null && scope === 'account') accountId = relationId((await payload.findByID({ collection: 'contacts', id: contactId, depth: 0, disableErrors: true }))?.account)
    if (scope !== 'account' || accountId == null) return { contactIds: [contactId], contactId, accountId }
  }
  if (accountId == null) return { contactIds: [], contactId, accountId }
  const members = await payload.find({ collection: 'contacts', where: { account: { equals: accountId } }, pagination: false, depth: 0, select: {} })
  return { contactIds: members.docs.map((c) => Number(c.id)), contactId, accountId }
}

/** One transition's rows under all six models, over its subject's touches inside the window before it. */
const creditsOf = async (payload: Payload, settings: Settings, t: LayerTransition): Promise<{ credits: TransitionCredits; positionBased: CreditedTransition['credits'] }> => {
  const rule = ruleFor(settings, layerConversion(t.toLayer))
  const at = Date.parse(t.at)
  const { contactIds, contactId, accountId } = await subjectContacts(payload, t, rule.scope)
  const touches = contactIds.length ? await touchesOf(payload, contactIds, new Date(at - rule.lookbackDays * DAY_MS).toISOString(), t.at) : []
  const transitionId = Number(t.id)
  const positionBased: CreditedTransition['credits'] = []
  const rows = MODELS.flatMap((model) => {
    const weights = creditWeights(model, touches, at, { halfLifeDays: settings.halfLifeDays })
    if (model === 'POSITION_BASED')
      touches.forEach((touch, i) => touch.contentType && touch.contentId != null && positionBased.push({ contentType: touch.contentType, contentId: touch.contentId, weight: weights[i] }))
    return touches.map((touch, i) => ({
      transitionId,
      subjectType: t.subjectType,
      fromLayer: t.fromLayer ?? null,
      toLayer: t.toLayer ?? null,
      at: t.at,
      model,
      contactId,
      accountId,
      touchAt: new Date(touch.at).toISOString(),
      touchKind: touch.touchKind,
      channel: touch.channel,
      campaignKey: touch.campaignKey,
      contentType: touch.contentType,
      contentId: touch.contentId,
      linkId: touch.linkId,
      weight: weights[i],
    }))
  })
  return { credits: { transitionId, rows }, positionBased }
}

export type CreditPendingResult = { credited: number; batches: number }

/**
 * Credits layer transitions that are not credited yet (`creditedAt` null), oldest first, in batches:
 * the touches of the subject (a contact, or every contact of an account) before the transition, inside
 * the lookback of the attribution rule for `layer:<toLayer>` (default 30 days), weighted under all six
 * models (src/attribution/models/credit.ts). Each batch's rows and `creditedAt` are written in one
 * transaction that claims the transitions, so re-running or running twice at once never doubles a row.
 * Then hands the batch to the team growth system (onLayerTransitionsCredited). `limit` caps how many
 * transitions one call credits.
 */
export const creditPendingTransitions = async (payload: Payload, { limit = Infinity, batchSize = BATCH }: { limit?: number; batchSize?: number } = {}): Promise<CreditPendingResult> => {
  const result: CreditPendingResult = { credited: 0, batches: 0 }
  const settings = await creditSettings(payload)
  while (result.credited < limit) {
    const { docs } = await payload.find({
      collection: 'layer-transitions',
      where: { creditedAt: { exists: false } },
      sort: ['at', 'id'],
      limit: Math.min(batchSize, limit - result.credited),
      pagination: false,
      depth: 0,
    })
    if (docs.length === 0) break
    const computed = await Promise.all(docs.map((t) => creditsOf(payload, settings, t)))
    const mine = await claimAndWrite(payload, computed.map((c) => c.credits), new Date().toISOString())
    result.batches++
    // Nothing claimed: another run is crediting these; it carries on from here.
    if (mine.size === 0) break
    result.credited += mine.size
    const credited: CreditedTransition[] = docs
      .map((t, i) => ({ t, positionBased: computed[i].positionBased }))
      .filter(({ t }) => mine.has(Number(t.id)))
      .map(({ t, positionBased }) => ({ transitionId: Number(t.id), direction: t.direction ?? 'lateral', fromLayer: t.fromLayer ?? null, toLayer: t.toLayer ?? null, at: t.at, credits: positionBased }))
    await onLayerTransitionsCredited(payload, credited).catch((err: unknown) => payload.logger.error({ err, msg: 'awarding growth for credited layer transitions failed' }))
  }
  return result
}
