import { describe, expect, it } from 'vitest'

import { dice, random } from '../../src/demo/random'
import { personMetrics, replay, sumMetrics, transitionRows, type Activity } from '../../src/demo/replay'
import { touchesFrom, type PageView } from '../../src/demo/touches'
import { requirementsOf, type LayerConfig } from '../../src/growth/layers/config'
import { DEFAULT_LAYERS, DEFAULT_RULES, DEFAULT_SUB_TIERS } from '../../src/growth/layers/defaults'
import type { LayerRule } from '../../src/growth/layers/rules'

const DAY = 86_400_000
const T0 = Date.parse('2026-09-01T09:00:00.000Z')

/** The default layers and sub-tiers, as loadLayerConfig reads them from a seeded database. */
const config = (): LayerConfig => {
  const layers: LayerRule[] = DEFAULT_LAYERS.map((l, i) => {
    const rule = DEFAULT_RULES[l.slug]
    return { id: i + 1, slug: l.slug, rank: l.rank, overrides: Boolean(rule.overrides), match: rule.match, conditions: rule.conditions.map((c) => ({ ...c, event: c.event ?? null, withinDays: c.withinDays ?? null })) }
  })
  return { layers, payingLayer: 'paying', currency: 'USD', tiers: DEFAULT_SUB_TIERS, requirements: requirementsOf(layers.flatMap((l) => l.conditions)) }
}

const track = (day: number, name: string): Activity => ({ at: T0 + day * DAY, kind: 'track', name, trigger: { kind: 'event', id: `e-${name}-${day}` } })
const page = (day: number): Activity => ({ at: T0 + day * DAY, kind: 'page', name: null, trigger: { kind: 'event', id: `p-${day}` } })
const buy = (day: number, revenue: number, name = 'purchase'): Activity => ({ at: T0 + day * DAY, kind: 'conversion', name, revenue, currency: 'USD', refund: name === 'refund', trigger: { kind: 'conversion', id: `c-${day}` } })

const walk = (activities: Activity[], now: number) => {
  const c = config()
  const m = personMetrics(c)
  return replay(c, activities, (a) => m.add(a), (t) => m.at(t), now)
}

/** src/demo/replay.ts: a subject's layer history from its behaviour, through the real rules. */
describe('the demo layer replay', () => {
  it('moves a person up layer by layer at the time of each key behaviour, then through the paying sub-tiers', () => {
    const steps = walk([page(0), track(0, 'product_page_viewed'), track(3, 'sdk_integrated'), track(9, 'dashboard_viewed'), buy(15, 4000), buy(30, 9000)], T0 + 40 * DAY)
    expect(steps.map((s) => [s.layer?.slug ?? null, s.subTier, (s.at - T0) / DAY])).toEqual([
      ['general-value', null, 0],
      ['potential-development', null, 3],
      ['heavy-retention', null, 9],
      ['paying', 'one-time', 15],
      ['paying', 'mid-level', 30],
    ])
    const rows = transitionRows('contact', 7, 3, steps)
    expect(rows.every((r) => r.direction === 'up')).toBe(true)
    expect(rows[1]).toMatchObject({ fromLayer: 'general-value', toLayer: 'potential-development', triggerKind: 'event', triggerEvent: 'sdk_integrated', triggerId: 'e-sdk_integrated-3', contactId: 7, accountId: 3 })
    expect(rows[3]).toMatchObject({ triggerKind: 'conversion', triggerEvent: 'purchase', toSubTier: 'one-time' })
  })

  it('turns a person dormant 90 days after the last activity, and any activity (a page view too) ends it', () => {
    const quiet = walk([track(0, 'product_page_viewed')], T0 + 100 * DAY)
    expect(quiet.map((s) => [s.layer?.slug, (s.at - T0) / DAY, s.trigger.triggerKind])).toEqual([
      ['general-value', 0, 'event'],
      ['dormant', 90, 'dormancy'],
    ])
    const back = walk([track(0, 'product_page_viewed'), page(95)], T0 + 100 * DAY)
    expect(back.map((s) => s.layer?.slug)).toEqual(['general-value', 'dormant', 'general-value'])
    expect(transitionRows('contact', 1, null, back).map((r) => r.direction)).toEqual(['up', 'down', 'up'])
    // Not yet 90 days: no dormancy.
    expect(walk([track(0, 'product_page_viewed')], T0 + 89 * DAY).map((s) => s.layer?.slug)).toEqual(['general-value'])
  })

  it('counts a refund against revenue, and sums an account over its people (each after its own refunds)', () => {
    const c = config()
    const a = personMetrics(c)
    const b = personMetrics(c)
    for (const x of [buy(1, 60_000), buy(2, 60_000, 'refund')]) a.add(x)
    for (const x of [buy(3, 12_000)]) b.add(x)
    const sum = sumMetrics([a.at(T0 + 5 * DAY), b.at(T0 + 5 * DAY)])
    expect(sum.gross).toBe(12_000)
    expect(sum.purchases).toBe(2)
  })
})

describe('the demo touches', () => {
  const pv = (minutes: number, o: Partial<PageView> = {}): PageView => ({ at: T0 + minutes * 60_000, anonymousId: 'a1', userId: null, clickId: null, utmSource: null, utmCampaign: null, pageUrl: 'https://example.com/', referrer: null, ...o })

  it('finds clicked links and visits after 30 quiet minutes, as the crediting does', () => {
    const pages = [pv(0, { clickId: 'c1', utmSource: 'linkedin-company-page', utmCampaign: 'k' }), pv(5), pv(50, { referrer: 'https://www.g2.com/x' }), pv(200, { utmSource: 'google', utmCampaign: 'k2' }), pv(300)]
    const clicks = [{ clickId: 'c1', at: T0 - 2000, linkId: 4, campaignKey: 'k', channel: 'linkedin-company-page', contentType: 'articles', contentId: 9 }]
    const touches = touchesFrom(pages, clicks, T0 - DAY, T0 + DAY)
    expect(touches.map((t) => [t.touchKind, t.channel, t.direct])).toEqual([
      ['click', 'linkedin-company-page', false],
      ['visit', 'www.g2.com', false],
      ['visit', 'google', false],
      ['visit', null, true],
    ])
    // A click outside the window is not a touch; its landing page inside the window is a visit then.
    expect(touchesFrom(pages, clicks, T0 - 1000, T0 + DAY)[0]).toMatchObject({ touchKind: 'visit', channel: 'linkedin-company-page' })
  })

  it('draws the same numbers from the same seed', () => {
    const a = dice(random(5))
    const b = dice(random(5))
    expect(Array.from({ length: 20 }, () => a.int(0, 1000))).toEqual(Array.from({ length: 20 }, () => b.int(0, 1000)))
  })
})
