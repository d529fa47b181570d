import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, PayloadRequest } from 'payload'

import type { GrowthLayer, LayerSetting } from '../../payload-types'

/** Seeds, imports and backfills set one of these and recompute once themselves (STYLE.md). */
const skipped = (req: PayloadRequest) => Boolean(req.context.skipGrowth || req.context.seeding)

/** Queued with `req`: the job exists only if the save commits; a newer request supersedes a waiting one. */
const queue = (req: PayloadRequest, reason: string) => req.payload.jobs.queue({ task: 'recomputeLayers', input: { reason }, req })

const rulePart = (doc: Partial<GrowthLayer> | undefined) =>
  JSON.stringify([
    doc?.slug,
    doc?.rank,
    doc?.match ?? 'all',
    Boolean(doc?.overrides),
    (doc?.conditions ?? []).map((c) => [c.metric, c.event ?? null, c.withinDays ?? null, c.min]),
  ])

/** afterChange of a growth layer: a new rule, or a changed rule, rank or slug, recomputes every layer. */
export const queueLayersOnRuleChange: CollectionAfterChangeHook<GrowthLayer> = async ({ doc, previousDoc, operation, req }) => {
  if (skipped(req)) return doc
  // A layer without conditions is assigned by hand: creating or editing one places nobody.
  const ruled = (d: Partial<GrowthLayer> | undefined) => Boolean(d?.conditions?.length)
  if (!ruled(doc) && (operation === 'create' || !ruled(previousDoc))) return doc
  if (operation === 'update' && rulePart(doc) === rulePart(previousDoc)) return doc
  await queue(req, `growth layer ${doc.slug} ${operation === 'create' ? 'created' : 'changed'}`)
  return doc
}

export const queueLayersOnDelete: CollectionAfterDeleteHook<GrowthLayer> = async ({ doc, req }) => {
  if (!skipped(req)) await queue(req, `growth layer ${doc.slug} deleted`)
  return doc
}

const settingsPart = (doc: Partial<LayerSetting> | undefined) =>
  JSON.stringify([doc?.payingLayer, doc?.currency, (doc?.subTiers ?? []).map((t) => [t.slug, t.minRevenue ?? null, t.minPurchases ?? null])])

/** afterChange of the layer settings: a new paying layer, currency or tier threshold recomputes every layer. */
export const queueLayersOnSettingsChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (skipped(req) || settingsPart(doc as LayerSetting) === settingsPart(previousDoc as LayerSetting)) return doc
  await queue(req, 'layer settings changed')
  return doc
}
