import type { Payload } from 'payload'

import { DEFAULT_CURRENCY, DEFAULT_PAYING_LAYER, DEFAULT_SUB_TIERS } from './defaults'
import { countKey, COUNT_METRICS, type Condition, type LayerRule, type Metric, type TierRule } from './rules'

/** A count the aggregates must produce: one column per distinct (metric, event, window). */
export type CountRequirement = { key: string; metric: Extract<Metric, 'event-count' | 'conversion-count'>; event: string; withinDays: number | null }

export type LayerConfig = {
  layers: LayerRule[]
  payingLayer: string
  currency: string
  tiers: TierRule[]
  requirements: CountRequirement[]
}

/** The counts a set of conditions needs, each once. */
export const requirementsOf = (conditions: readonly Condition[]): CountRequirement[] => {
  const byKey = new Map<string, CountRequirement>()
  for (const c of conditions) {
    if (!COUNT_METRICS.includes(c.metric) || !c.event) continue
    const key = countKey(c)
    byKey.set(key, { key, metric: c.metric as CountRequirement['metric'], event: c.event, withinDays: c.withinDays ?? null })
  }
  return [...byKey.values()]
}

/** The layers with their rules and the layer settings, read fresh (a save applies to the next event). */
export const loadLayerConfig = async (payload: Payload): Promise<LayerConfig> => {
  const [found, settings] = await Promise.all([
    payload.find({ collection: 'growth-layers', pagination: false, depth: 0, sort: 'rank' }),
    payload.findGlobal({ slug: 'layer-settings', depth: 0 }),
  ])
  const layers: LayerRule[] = found.docs.map((l) => ({
    id: Number(l.id),
    slug: l.slug ?? String(l.id),
    rank: l.rank,
    overrides: Boolean(l.overrides),
    match: l.match === 'any' ? 'any' : 'all',
    conditions: (l.conditions ?? []).map((c) => ({ metric: c.metric, event: c.event ?? null, withinDays: c.withinDays ?? null, min: c.min })),
  }))
  const tiers: TierRule[] = settings.subTiers?.length ? settings.subTiers.map((t) => ({ slug: t.slug, minRevenue: t.minRevenue, minPurchases: t.minPurchases })) : DEFAULT_SUB_TIERS
  return {
    layers,
    payingLayer: settings.payingLayer || DEFAULT_PAYING_LAYER,
    currency: (settings.currency || DEFAULT_CURRENCY).toUpperCase(),
    tiers,
    requirements: requirementsOf(layers.flatMap((l) => l.conditions)),
  }
}
