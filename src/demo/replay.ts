import type { LayerConfig } from '../growth/layers/config'
import { addMetrics, directionOf, emptyMetrics, layerFor, revenueOf, subTierFor, type LayerRule, type Metrics } from '../growth/layers/rules'
import type { TransitionRow } from '../growth/layers/write'

const DAY_MS = 86_400_000

/** Something a person did that the layer rules look at, in time order. */
export type Activity = {
  at: number
  /** page views only move the last activity. */
  kind: 'page' | 'track' | 'conversion'
  name: string | null
  revenue?: number | null
  currency?: string | null
  /** A refund's amount goes against this person's revenue. */
  refund?: boolean
  trigger: { kind: 'event' | 'conversion'; id: string }
}

export type Standing = { layer: LayerRule | null; subTier: string | null }
export type Step = Standing & { at: number; trigger: Pick<TransitionRow, 'triggerKind' | 'triggerEvent' | 'triggerId'> }

/** One person's metrics as activities accumulate (what src/growth/layers/aggregate.ts sums in SQL). */
export const personMetrics = (config: LayerConfig) => {
  const times = new Map<string, { all: number[]; conversions: number[] }>()
  const m = emptyMetrics()
  return {
    add: (a: Activity) => {
      m.lastActivityAt = m.lastActivityAt === null ? a.at : Math.max(m.lastActivityAt, a.at)
      if (a.kind === 'page' || !a.name) return
      const t = times.get(a.name) ?? { all: [], conversions: [] }
      t.all.push(a.at)
      if (a.kind === 'conversion') t.conversions.push(a.at)
      times.set(a.name, t)
      if (a.kind !== 'conversion' || !(Number(a.revenue) > 0) || (a.currency && a.currency.toUpperCase() !== config.currency)) return
      if (a.name === 'purchase') (m.purchases += 1), (m.gross += Number(a.revenue))
      if (a.refund) m.refunded += Number(a.revenue)
    },
    /** The metrics at `now`: counts inside each requirement's window. */
    at: (now: number): Metrics => {
      const counts: Record<string, number> = {}
      for (const r of config.requirements) {
        const t = times.get(r.event)
        const list = r.metric === 'conversion-count' ? t?.conversions : t?.all
        const since = r.withinDays ? now - r.withinDays * DAY_MS : -Infinity
        counts[r.key] = list ? list.filter((x) => x >= since && x <= now).length : 0
      }
      return { ...m, counts }
    },
  }
}
export type PersonMetrics = ReturnType<typeof personMetrics>

/** An account's metrics: its contacts' summed, each contact's revenue after its own refunds (as recompute.ts accountMetrics). */
export const sumMetrics = (people: readonly Metrics[]): Metrics =>
  people.reduce((acc, m) => addMetrics(acc, { ...m, counts: { ...m.counts }, gross: revenueOf(m), refunded: 0 }), emptyMetrics())

export const standingOf = (config: LayerConfig, m: Metrics, now: number): Standing => {
  const layer = layerFor(config.layers, m, now)
  return { layer, subTier: layer && layer.slug === config.payingLayer ? subTierFor(revenueOf(m), m.purchases, config.tiers) : null }
}

const sameStanding = (a: Standing, b: Standing) => (a.layer?.id ?? null) === (b.layer?.id ?? null) && a.subTier === b.subTier

/** Days without activity after which an inactivity rule (dormant) matches: checkpoints of the replay. */
const inactivityDays = (config: LayerConfig): number[] => [...new Set(config.layers.flatMap((l) => l.conditions.filter((c) => c.metric === 'inactive-days').map((c) => c.min)))].sort((a, b) => a - b)

/**
 * Replays a subject's activities in time order through the real layer rules (src/growth/layers/rules.ts)
 * and returns every change of layer or paying sub-tier with the time and the activity that caused it;
 * an inactivity rule is checked at the moment it starts to match (last activity + its days), up to
 * `now`. `metricsAt(t)` gives the subject's metrics after the activities up to t (a person's, or an
 * account's summed over its people).
 */
export const replay = (config: LayerConfig, activities: readonly Activity[], apply: (a: Activity) => void, metricsAt: (t: number) => Metrics, now: number): Step[] => {
  const steps: Step[] = []
  let current: Standing = { layer: null, subTier: null }
  let last: number | null = null
  const idle = inactivityDays(config)
  const check = (t: number, trigger: Step['trigger']) => {
    const next = standingOf(config, metricsAt(t), t)
    if (sameStanding(current, next)) return
    current = next
    steps.push({ ...next, at: t, trigger })
  }
  // After a stretch of inactivity any activity, a page view too, may end an inactivity layer.
  let idleSinceCheck = false
  const idleUntil = (until: number) => {
    if (last === null) return
    for (const days of idle) {
      const t = last + days * DAY_MS
      if (t < until && t <= now) (check(t, { triggerKind: 'dormancy', triggerEvent: null, triggerId: null }), (idleSinceCheck = true))
    }
  }
  for (const a of activities) {
    idleUntil(a.at)
    apply(a)
    last = last === null ? a.at : Math.max(last, a.at)
    if (a.kind === 'page' && !idleSinceCheck) continue
    idleSinceCheck = false
    check(a.at, { triggerKind: a.trigger.kind, triggerEvent: a.name, triggerId: a.trigger.id })
  }
  idleUntil(Infinity)
  return steps
}

/** Layer-transition rows for a subject's replayed steps (oldest first). */
export const transitionRows = (subjectType: 'contact' | 'account', contactId: number | null, accountId: number | null, steps: readonly Step[]): TransitionRow[] => {
  let before: Standing = { layer: null, subTier: null }
  return steps.map((s) => {
    const row: TransitionRow = {
      subjectType,
      contactId,
      accountId,
      fromLayer: before.layer?.slug ?? null,
      toLayer: s.layer?.slug ?? null,
      fromSubTier: before.subTier,
      toSubTier: s.subTier,
      direction: directionOf({ rank: before.layer?.rank ?? null, subTier: before.subTier }, { rank: s.layer?.rank ?? null, subTier: s.subTier }),
      at: new Date(s.at).toISOString(),
      triggerKind: s.trigger.triggerKind,
      triggerEvent: s.trigger.triggerEvent,
      triggerId: s.trigger.triggerId,
      creditedAt: null,
    }
    before = s
    return row
  })
}
