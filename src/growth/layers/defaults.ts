import type { Condition, Rule, TierRule } from './rules'

/**
 * The default rules, one key behaviour per layer (issue 6): the seed writes them, and a recompute on a
 * database without any growth layer creates these layers first.
 */
export const DEFAULT_RULES: Record<string, Rule & { overrides?: boolean }> = {
  dormant: { match: 'all', overrides: true, conditions: [{ metric: 'inactive-days', min: 90 }] },
  'general-value': { match: 'all', conditions: [{ metric: 'event-count', event: 'product_page_viewed', min: 1 }] },
  'potential-development': { match: 'all', conditions: [{ metric: 'event-count', event: 'sdk_integrated', min: 1 }] },
  'heavy-retention': { match: 'all', conditions: [{ metric: 'event-count', event: 'dashboard_viewed', min: 1 }] },
  paying: { match: 'all', conditions: [{ metric: 'purchases', min: 1 }] },
}

/** Names and ranks of the default layers when none exist (the seed adds descriptions and Chinese names). */
export const DEFAULT_LAYERS: { slug: keyof typeof DEFAULT_RULES & string; name: string; rank: number }[] = [
  { slug: 'dormant', name: 'Dormant', rank: 0 },
  { slug: 'general-value', name: 'General value', rank: 1 },
  { slug: 'potential-development', name: 'Potential development', rank: 2 },
  { slug: 'heavy-retention', name: 'Heavy retention', rank: 3 },
  { slug: 'paying', name: 'Paying', rank: 4 },
]

/** Paying subjects by revenue to date in the reporting currency (10,000–49,999 or a repeat purchase → mid-level). */
export const DEFAULT_SUB_TIERS: (TierRule & { name: string })[] = [
  { slug: 'one-time', name: 'One-time', minRevenue: 0 },
  { slug: 'mid-level', name: 'Mid-level', minRevenue: 10_000, minPurchases: 2 },
  { slug: 'potential-big', name: 'Potential big', minRevenue: 50_000 },
  { slug: 'big', name: 'Big', minRevenue: 200_000 },
]

export const DEFAULT_PAYING_LAYER = 'paying'
export const DEFAULT_CURRENCY = 'USD'

/** A condition as the admin form stores it (array rows carry no id here). */
export const conditionRows = (conditions: Condition[]) =>
  conditions.map((c) => ({ metric: c.metric, event: c.event ?? null, withinDays: c.withinDays ?? null, min: c.min }))
