import { describe, expect, it } from 'vitest'

import { creditWeights, lookbackDays, MODELS, touchesInWindow, type Touch } from '../../src/attribution/models/credit'

const DAY = 24 * 3600 * 1000
const NOW = Date.parse('2026-11-29T12:00:00Z')
const daysAgo = (d: number, direct = false): Touch => ({ at: NOW - d * DAY, direct })
const round = (ws: number[]) => ws.map((w) => Math.round(w * 1e6) / 1e6)

describe('attribution models, against hand-computed credits', () => {
  // A four-touch path: newsletter (20 d), LinkedIn (10 d), direct (5 d), direct (1 d) before a purchase.
  const path = [daysAgo(20), daysAgo(10), daysAgo(5, true), daysAgo(1, true)]

  it('gives all credit to the first or the last touch', () => {
    expect(creditWeights('FIRST_TOUCH', path, NOW)).toEqual([1, 0, 0, 0])
    expect(creditWeights('LAST_TOUCH', path, NOW)).toEqual([0, 0, 0, 1])
  })

  it('skips direct visits for last non-direct, unless every touch is direct', () => {
    expect(creditWeights('LAST_NON_DIRECT', path, NOW)).toEqual([0, 1, 0, 0])
    expect(creditWeights('LAST_NON_DIRECT', [daysAgo(3, true), daysAgo(1, true)], NOW)).toEqual([0, 1])
    expect(creditWeights('LAST_NON_DIRECT', [daysAgo(3), daysAgo(1, true)], NOW)).toEqual([1, 0])
  })

  it('splits linearly', () => {
    expect(creditWeights('LINEAR', path, NOW)).toEqual([0.25, 0.25, 0.25, 0.25])
  })

  it('gives 40/20/40 by position, 100 % to a single touch and 50/50 to two', () => {
    expect(round(creditWeights('POSITION_BASED', path, NOW))).toEqual([0.4, 0.1, 0.1, 0.4])
    expect(round(creditWeights('POSITION_BASED', [daysAgo(3), daysAgo(2), daysAgo(1)], NOW))).toEqual([0.4, 0.2, 0.4])
    expect(creditWeights('POSITION_BASED', [daysAgo(2), daysAgo(1)], NOW)).toEqual([0.5, 0.5])
    expect(creditWeights('POSITION_BASED', [daysAgo(2)], NOW)).toEqual([1])
  })

  it('halves credit every 7 days for time decay: touches 14, 7 and 0 days before get 1/7, 2/7 and 4/7', () => {
    expect(round(creditWeights('TIME_DECAY', [daysAgo(14), daysAgo(7), daysAgo(0)], NOW))).toEqual([0.142857, 0.285714, 0.571429])
    expect(round(creditWeights('TIME_DECAY', [daysAgo(14), daysAgo(0)], NOW, { halfLifeDays: 14 }))).toEqual([0.333333, 0.666667])
  })

  it('always hands out exactly one conversion, or nothing without touches', () => {
    for (const model of MODELS) {
      const ws = creditWeights(model, path, NOW)
      expect(ws.reduce((a, b) => a + b, 0), model).toBeCloseTo(1, 12)
      expect(creditWeights(model, [], NOW), model).toEqual([])
    }
  })

  it('splits revenue by the same weights', () => {
    const revenue = 12_000
    expect(round(creditWeights('POSITION_BASED', path, NOW)).map((w) => w * revenue)).toEqual([4800, 1200, 1200, 4800])
  })
})

describe('lookback windows', () => {
  it('defaults to 30 days for lead and signup, 90 for purchase, and takes overrides per conversion name', () => {
    expect([lookbackDays('lead'), lookbackDays('signup'), lookbackDays('purchase'), lookbackDays('dashboard_viewed')]).toEqual([30, 30, 90, 30])
    expect(lookbackDays('purchase', { purchase: 180 })).toBe(180)
  })

  it('keeps the touches inside the window and not after the conversion, oldest first', () => {
    const touches = [daysAgo(1), daysAgo(45), daysAgo(29), daysAgo(-1), daysAgo(31)]
    expect(touchesInWindow(touches, NOW, 30).map((t) => (NOW - t.at) / DAY)).toEqual([29, 1])
    expect(touchesInWindow(touches, NOW, 90).map((t) => (NOW - t.at) / DAY)).toEqual([45, 31, 29, 1])
  })
})
