import type { LayerConfig } from './config'
import { directionOf, layerFor, revenueOf, subTierFor, type LayerRule, type Metrics } from './rules'
import type { StandingRow, TransitionRow } from './write'

/** What a contact or account has stored now (columns of the layers engine). */
export type Stored = {
  id: number
  accountId?: number | null
  layerId: number | null
  subTier: string | null
  layerSince: string | null
  revenue: number | null
  purchases: number | null
  lastActivityAt: number | null
  /** Contacts: the counts stored at their last placement. */
  counts?: Record<string, number> | null
}

export type Trigger = { kind: TransitionRow['triggerKind']; event?: string | null; id?: string | null }

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString())

/** Counts as stored: keys sorted and zeros left out, so equal counts compare equal as text. */
export const countsJson = (counts: Record<string, number>): string =>
  JSON.stringify(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0).sort(([a], [b]) => (a < b ? -1 : 1))))

/** What a contact's stored standing says about its behaviour (for its account, without recounting). */
export const storedMetrics = (s: Stored): Metrics => ({
  counts: { ...(s.counts ?? {}) },
  gross: Number(s.revenue ?? 0),
  refunded: 0,
  purchases: Number(s.purchases ?? 0),
  lastActivityAt: s.lastActivityAt,
})

/** Entering a layer for inactivity (an overriding rule with an inactive-days condition) is dormancy. */
const isDormancy = (layer: LayerRule | null) => Boolean(layer?.overrides && layer.conditions.some((c) => c.metric === 'inactive-days'))

/**
 * The standings to write and the transitions to record for `subjects`: only those whose layer,
 * sub-tier, revenue, purchases or last activity changed. A subject in a layer without conditions (placed
 * by hand, e.g. before the layer had a rule) stays there. A new layer or sub-tier starts `layerSince`
 * and records one transition with its direction and trigger.
 */
export const planStandings = (
  subjectType: 'contact' | 'account',
  subjects: readonly Stored[],
  metricsOf: (id: number) => Metrics,
  config: LayerConfig,
  now: number,
  triggerFor: (id: number) => Trigger,
): { rows: StandingRow[]; transitions: TransitionRow[] } => {
  const byId = new Map(config.layers.map((l) => [l.id, l]))
  const rows: StandingRow[] = []
  const transitions: TransitionRow[] = []
  const at = new Date(now).toISOString()
  for (const s of subjects) {
    const m = metricsOf(s.id)
    const before = s.layerId === null ? null : (byId.get(s.layerId) ?? null)
    // A layer without conditions is assigned by hand: no rule takes anyone into it or out of it.
    const layer = before && before.conditions.length === 0 ? before : layerFor(config.layers, m, now)
    const revenue = revenueOf(m)
    const subTier = layer && layer.slug === config.payingLayer ? subTierFor(revenue, m.purchases, config.tiers) : null
    const moved = (layer?.id ?? null) !== s.layerId || subTier !== (s.subTier ?? null)
    const counts = subjectType === 'contact' ? countsJson(m.counts) : undefined
    const same =
      !moved &&
      revenue === Number(s.revenue ?? 0) &&
      m.purchases === Number(s.purchases ?? 0) &&
      m.lastActivityAt === s.lastActivityAt &&
      (counts === undefined || counts === countsJson(s.counts ?? {}))
    if (same) continue
    rows.push({
      id: s.id,
      layer_id: layer?.id ?? null,
      sub_tier: subTier,
      layer_since: moved ? at : s.layerSince,
      revenue_to_date: revenue,
      purchases: m.purchases,
      last_activity_at: iso(m.lastActivityAt),
      ...(counts === undefined ? {} : { layer_counts: counts }),
    })
    if (!moved) continue
    const trigger = triggerFor(s.id)
    transitions.push({
      subjectType,
      contactId: subjectType === 'contact' ? s.id : null,
      accountId: subjectType === 'account' ? s.id : (s.accountId ?? null),
      // A layer deleted since keeps no slug: the move is recorded from "no layer".
      fromLayer: before?.slug ?? null,
      toLayer: layer?.slug ?? null,
      fromSubTier: s.subTier ?? null,
      toSubTier: subTier,
      direction: directionOf({ rank: before?.rank ?? null, subTier: s.subTier }, { rank: layer?.rank ?? null, subTier }),
      at,
      triggerKind: trigger.kind === 'recompute' && isDormancy(layer) ? 'dormancy' : trigger.kind,
      triggerEvent: trigger.event ?? null,
      triggerId: trigger.id ?? null,
      creditedAt: null,
    })
  }
  return { rows, transitions }
}
