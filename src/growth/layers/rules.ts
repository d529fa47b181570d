/**
 * Growth-layer rules as data, and their evaluation: pure functions over one subject's aggregates
 * (a contact, or an account summed over its contacts). Used by the full recompute, the incremental
 * update and the preview alike, so all three place a subject the same way.
 */

export const METRICS = ['event-count', 'conversion-count', 'revenue', 'purchases', 'inactive-days'] as const
export type Metric = (typeof METRICS)[number]
export const COUNT_METRICS: readonly Metric[] = ['event-count', 'conversion-count']

export const SUB_TIERS = ['one-time', 'mid-level', 'potential-big', 'big'] as const
export type SubTier = (typeof SUB_TIERS)[number]

export const MAX_WINDOW_DAYS = 3650
const DAY_MS = 86_400_000

export type Condition = { metric: Metric; event?: string | null; withinDays?: number | null; min: number }
export type Rule = { match: 'all' | 'any'; conditions: Condition[] }
export type LayerRule = Rule & { id: number; slug: string; rank: number; overrides: boolean }
export type TierRule = { slug: SubTier; minRevenue?: number | null; minPurchases?: number | null }

/** What the rules look at for one subject. `counts` is keyed by `countKey`. */
export type Metrics = {
  counts: Record<string, number>
  /** Purchase revenue in the reporting currency, before refunds. */
  gross: number
  refunded: number
  purchases: number
  /** Latest event or conversion (ms), null when there was none. */
  lastActivityAt: number | null
}

export const emptyMetrics = (): Metrics => ({ counts: {}, gross: 0, refunded: 0, purchases: 0, lastActivityAt: null })

/** Revenue to date: purchases minus refunds, never below 0. */
export const revenueOf = (m: Metrics): number => Math.max(0, Math.round((m.gross - m.refunded) * 100) / 100)

/** The key under which a count condition's aggregate is stored (same event and window → one column). */
export const countKey = (c: Pick<Condition, 'metric' | 'event' | 'withinDays'>): string => `${c.metric}:${c.event ?? ''}:${c.withinDays ?? ''}`

/** Adds `b` into `a` (an account's aggregate is the sum of its contacts'). */
export const addMetrics = (a: Metrics, b: Metrics): Metrics => {
  for (const [key, n] of Object.entries(b.counts)) a.counts[key] = (a.counts[key] ?? 0) + n
  a.gross += b.gross
  a.refunded += b.refunded
  a.purchases += b.purchases
  if (b.lastActivityAt !== null && (a.lastActivityAt === null || b.lastActivityAt > a.lastActivityAt)) a.lastActivityAt = b.lastActivityAt
  return a
}

/** What is wrong with a condition, or null: the same words for the admin form and the preview endpoint. */
export const conditionProblem = (c: Partial<Condition>): { path: keyof Condition; message: string } | null => {
  if (!c.metric || !METRICS.includes(c.metric)) return { path: 'metric', message: `metric must be one of ${METRICS.join(', ')}` }
  const counted = COUNT_METRICS.includes(c.metric)
  if (counted && !(typeof c.event === 'string' && c.event.trim())) return { path: 'event', message: 'Name the event or conversion to count (e.g. product_page_viewed)' }
  if (c.withinDays != null) {
    if (!counted) return { path: 'withinDays', message: 'Only event and conversion counts take a window' }
    if (!Number.isInteger(c.withinDays) || c.withinDays < 1 || c.withinDays > MAX_WINDOW_DAYS) return { path: 'withinDays', message: `The window is a whole number of days from 1 to ${MAX_WINDOW_DAYS}` }
  }
  if (typeof c.min !== 'number' || !Number.isFinite(c.min) || c.min < 0) return { path: 'min', message: 'The minimum is a number of at least 0' }
  return null
}

export const conditionMatches = (c: Condition, m: Metrics, now: number): boolean => {
  switch (c.metric) {
    case 'event-count':
    case 'conversion-count':
      return (m.counts[countKey(c)] ?? 0) >= c.min
    case 'revenue':
      return revenueOf(m) >= c.min
    case 'purchases':
      return m.purchases >= c.min
    case 'inactive-days':
      // Someone never seen is not dormant: dormancy needs activity that stopped.
      return m.lastActivityAt !== null && (now - m.lastActivityAt) / DAY_MS >= c.min
  }
}

/** A rule without conditions matches nobody (a layer with no rule yet stays empty). */
export const ruleMatches = (rule: Rule, m: Metrics, now: number): boolean =>
  rule.conditions.length > 0 && (rule.match === 'any' ? rule.conditions.some((c) => conditionMatches(c, m, now)) : rule.conditions.every((c) => conditionMatches(c, m, now)))

/**
 * The layer a subject is in: a matching override layer (dormant) wins over everything; otherwise the
 * highest-rank layer whose rule matches; null when none does.
 */
export const layerFor = <L extends LayerRule>(layers: readonly L[], m: Metrics, now: number): L | null => {
  const best = (list: readonly L[]) => list.filter((l) => ruleMatches(l, m, now)).sort((a, b) => b.rank - a.rank)[0] ?? null
  return best(layers.filter((l) => l.overrides)) ?? best(layers.filter((l) => !l.overrides))
}

/** A tier matches when revenue ≥ minRevenue or purchases ≥ minPurchases; the highest (last) matching tier wins. */
export const subTierFor = (revenue: number, purchases: number, tiers: readonly TierRule[]): SubTier | null => {
  let found: SubTier | null = null
  for (const t of tiers) {
    if ((t.minRevenue != null && revenue >= t.minRevenue) || (t.minPurchases != null && purchases >= t.minPurchases)) found = t.slug
  }
  return found
}

/** What is wrong with the order of sub-tiers, or null: slugs once each, thresholds rising from tier to tier. */
export const tiersProblem = (tiers: readonly Partial<TierRule>[]): string | null => {
  const slugs = tiers.map((t) => t.slug)
  const twice = slugs.find((s, i) => s && slugs.indexOf(s) !== i)
  if (twice) return `"${twice}" is listed twice`
  const order = tiers.map((t) => SUB_TIERS.indexOf(t.slug as SubTier))
  if (order.some((o, i) => i > 0 && o < order[i - 1])) return `List the tiers in the order ${SUB_TIERS.join(', ')}`
  for (const field of ['minRevenue', 'minPurchases'] as const) {
    const set = tiers.map((t) => ({ slug: t.slug, v: t[field] })).filter((t): t is { slug: SubTier; v: number } => typeof t.v === 'number')
    const bad = set.find((t, i) => i > 0 && t.v <= set[i - 1].v)
    if (bad) return `${field} of "${bad.slug}" must be higher than the tier before it`
  }
  if (tiers.some((t) => t.minRevenue == null && t.minPurchases == null)) return 'Each tier needs a minimum revenue or a minimum number of purchases'
  return null
}

type Standing = { rank: number | null; subTier: string | null }

/** Up or down by layer rank (no layer ranks lowest); within one layer by sub-tier order. */
export const directionOf = (from: Standing, to: Standing): 'up' | 'down' | 'lateral' => {
  const a = from.rank ?? -1
  const b = to.rank ?? -1
  if (a !== b) return b > a ? 'up' : 'down'
  const ta = SUB_TIERS.indexOf(from.subTier as SubTier)
  const tb = SUB_TIERS.indexOf(to.subTier as SubTier)
  return tb === ta ? 'lateral' : tb > ta ? 'up' : 'down'
}
