import { describe, expect, it } from 'vitest'

import { DEFAULT_LAYERS, DEFAULT_RULES, DEFAULT_SUB_TIERS } from '../../src/growth/layers/defaults'
import {
  addMetrics,
  conditionProblem,
  countKey,
  directionOf,
  emptyMetrics,
  layerFor,
  revenueOf,
  subTierFor,
  tiersProblem,
  type LayerRule,
  type Metrics,
} from '../../src/growth/layers/rules'

const DAY = 86_400_000
const NOW = Date.parse('2026-12-01T12:00:00Z')
const LAYERS: LayerRule[] = DEFAULT_LAYERS.map((l, i) => ({ id: i + 1, slug: l.slug, rank: l.rank, overrides: Boolean(DEFAULT_RULES[l.slug].overrides), ...DEFAULT_RULES[l.slug] }))

/** A subject that did `events` (name → count) and was last active `daysAgo` days ago. */
const subject = (events: Record<string, number>, extra: Partial<Metrics> = {}, daysAgo = 1): Metrics => ({
  ...emptyMetrics(),
  counts: Object.fromEntries(Object.entries(events).map(([event, n]) => [countKey({ metric: 'event-count', event }), n])),
  lastActivityAt: NOW - daysAgo * DAY,
  ...extra,
})
const layerOf = (m: Metrics) => layerFor(LAYERS, m, NOW)?.slug ?? null
const tier = (revenue: number, purchases = 1) => subTierFor(revenue, purchases, DEFAULT_SUB_TIERS)

describe('growth-layer rules', () => {
  it('places each key behaviour in its default layer, the highest matching rank winning', () => {
    expect(layerOf(subject({}))).toBeNull()
    expect(layerOf(subject({ product_page_viewed: 1 }))).toBe('general-value')
    expect(layerOf(subject({ product_page_viewed: 3, sdk_integrated: 1 }))).toBe('potential-development')
    expect(layerOf(subject({ product_page_viewed: 3, sdk_integrated: 1, dashboard_viewed: 2 }))).toBe('heavy-retention')
    expect(layerOf(subject({ product_page_viewed: 3 }, { purchases: 1, gross: 500 }))).toBe('paying')
  })

  it('puts anyone inactive for 90 days in the dormant layer, over every higher rank, and nobody never seen', () => {
    expect(layerOf(subject({ dashboard_viewed: 5 }, { purchases: 3 }, 89.9))).toBe('paying')
    expect(layerOf(subject({ dashboard_viewed: 5 }, { purchases: 3 }, 90))).toBe('dormant')
    expect(layerOf({ ...emptyMetrics(), lastActivityAt: null })).toBeNull()
  })

  it('honours match any, windows by key, and treats a rule without conditions as matching nobody', () => {
    const layers: LayerRule[] = [
      { id: 1, slug: 'a', rank: 1, overrides: false, match: 'any', conditions: [{ metric: 'revenue', min: 100 }, { metric: 'conversion-count', event: 'lead', withinDays: 30, min: 2 }] },
      { id: 2, slug: 'b', rank: 2, overrides: false, match: 'all', conditions: [] },
    ]
    const leads = (n: number): Metrics => ({ ...emptyMetrics(), counts: { [countKey({ metric: 'conversion-count', event: 'lead', withinDays: 30 })]: n } })
    expect(layerFor(layers, leads(2), NOW)?.slug).toBe('a')
    expect(layerFor(layers, leads(1), NOW)).toBeNull()
    expect(layerFor(layers, { ...leads(0), gross: 150, refunded: 60 }, NOW)).toBeNull()
    expect(layerFor(layers, { ...leads(0), gross: 150, refunded: 20 }, NOW)?.slug).toBe('a')
  })

  it('subdivides paying subjects at the tier boundaries, a repeat purchase counting as mid-level', () => {
    expect(tier(0)).toBe('one-time')
    expect(tier(9_999)).toBe('one-time')
    expect(tier(10_000)).toBe('mid-level')
    expect(tier(9_999, 2)).toBe('mid-level')
    expect(tier(49_999)).toBe('mid-level')
    expect(tier(50_000)).toBe('potential-big')
    expect(tier(199_999, 5)).toBe('potential-big')
    expect(tier(200_000)).toBe('big')
  })

  it('takes refunds off revenue, never below zero, and sums an account over its contacts', () => {
    expect(revenueOf({ ...emptyMetrics(), gross: 60_000, refunded: 20_000 })).toBe(40_000)
    expect(revenueOf({ ...emptyMetrics(), gross: 100, refunded: 500 })).toBe(0)
    const account = [subject({ product_page_viewed: 1 }, { gross: 30_000, purchases: 1 }, 10), subject({ product_page_viewed: 2, sdk_integrated: 1 }, { gross: 25_000, purchases: 1 }, 3)].reduce(addMetrics, emptyMetrics())
    expect(account.counts[countKey({ metric: 'event-count', event: 'product_page_viewed' })]).toBe(3)
    expect([revenueOf(account), account.purchases, account.lastActivityAt]).toEqual([55_000, 2, NOW - 3 * DAY])
  })

  it('names what is wrong with a condition and with the order of tiers', () => {
    expect(conditionProblem({ metric: 'event-count', min: 1 })).toMatchObject({ path: 'event' })
    expect(conditionProblem({ metric: 'event-count', event: 'x', withinDays: 0, min: 1 })).toMatchObject({ path: 'withinDays' })
    expect(conditionProblem({ metric: 'event-count', event: 'x', withinDays: 3651, min: 1 })).toMatchObject({ path: 'withinDays' })
    expect(conditionProblem({ metric: 'revenue', withinDays: 30, min: 1 })).toMatchObject({ path: 'withinDays' })
    expect(conditionProblem({ metric: 'purchases', min: -1 })).toMatchObject({ path: 'min' })
    expect(conditionProblem({ metric: 'event-count', event: 'x', withinDays: 3650, min: 0 })).toBeNull()
    expect(tiersProblem(DEFAULT_SUB_TIERS)).toBeNull()
    expect(tiersProblem([{ slug: 'one-time', minRevenue: 0 }, { slug: 'big', minRevenue: 100 }, { slug: 'mid-level', minRevenue: 200 }])).toMatch(/order/)
    expect(tiersProblem([{ slug: 'one-time', minRevenue: 0 }, { slug: 'mid-level', minRevenue: 0 }])).toMatch(/higher/)
    expect(tiersProblem([{ slug: 'one-time', minRevenue: 0 }, { slug: 'one-time', minRevenue: 5 }])).toMatch(/twice/)
  })

  it('tells up from down by rank, and within a layer by sub-tier', () => {
    expect(directionOf({ rank: null, subTier: null }, { rank: 1, subTier: null })).toBe('up')
    expect(directionOf({ rank: 4, subTier: 'big' }, { rank: 0, subTier: null })).toBe('down')
    expect(directionOf({ rank: 4, subTier: 'big' }, { rank: 4, subTier: 'mid-level' })).toBe('down')
    expect(directionOf({ rank: 4, subTier: 'one-time' }, { rank: 4, subTier: 'mid-level' })).toBe('up')
    expect(directionOf({ rank: 2, subTier: null }, { rank: 2, subTier: null })).toBe('lateral')
  })
})
