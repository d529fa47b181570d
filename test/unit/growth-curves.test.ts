import { describe, expect, it } from 'vitest'

import { curveProblem, levelFor, topLevel, valueFor, type Curve } from '../../src/growth/team/curves'
import { nextLevel, requirementFor, type Demotion } from '../../src/growth/team/next-level'
import { periodEnd, periodKey, periodStart } from '../../src/growth/team/periods'
import { progressOf, sourceItem } from '../../src/growth/team/tasks'

const CURVES: Record<string, Curve> = {
  linear: { kind: 'linear', base: 100, maxLevel: 10 },
  power: { kind: 'power', base: 50, exponent: 1.5, maxLevel: 12 },
  exponential: { kind: 'exponential', base: 100, factor: 1.1, maxLevel: 15 },
  piecewise: { kind: 'piecewise', base: 1, thresholds: [10, 30, 70, 150, 400], maxLevel: 20 },
}

describe('level curves', () => {
  it('follows each formula: linear, power, exponential and piecewise', () => {
    expect([1, 2, 3, 10].map((l) => valueFor(l, CURVES.linear))).toEqual([0, 100, 200, 900])
    expect([1, 2, 3, 5].map((l) => valueFor(l, CURVES.power))).toEqual([0, 50, 141.421356, 400])
    // 100·(1.1²−1) is 21.000000000000004 in floating point; the curve says 21.
    expect([1, 2, 3, 4].map((l) => valueFor(l, CURVES.exponential))).toEqual([0, 10, 21, 33.1])
    expect([1, 2, 3, 6].map((l) => valueFor(l, CURVES.piecewise))).toEqual([0, 10, 30, 400])
  })

  for (const [kind, curve] of Object.entries(CURVES)) {
    it(`${kind}: reaches level L exactly at valueFor(L), stays at L−1 just below, and round-trips every level`, () => {
      expect(levelFor(0, curve)).toBe(1)
      expect(levelFor(-5, curve)).toBe(1)
      for (let level = 2; level <= topLevel(curve); level++) {
        const at = valueFor(level, curve)
        expect(levelFor(at, curve), `value ${at}`).toBe(level)
        expect(levelFor(at - 1e-6, curve), `just below ${at}`).toBe(level - 1)
        expect(levelFor((at + valueFor(level - 1, curve)) / 2, curve)).toBe(level - 1)
      }
      for (let level = 1; level <= topLevel(curve); level++) expect(levelFor(valueFor(level, curve), curve)).toBe(level)
    })

    it(`${kind}: never passes maxLevel`, () => {
      expect(levelFor(1e12, curve)).toBe(topLevel(curve))
      expect(valueFor(topLevel(curve) + 5, curve)).toBe(valueFor(topLevel(curve), curve))
    })
  }

  it('caps a piecewise curve one level above its last threshold', () => {
    expect(topLevel(CURVES.piecewise)).toBe(6)
    expect(levelFor(399.999999, CURVES.piecewise)).toBe(5)
    expect(levelFor(400, CURVES.piecewise)).toBe(6)
  })

  it('is safe with floating-point sums of fractional points', () => {
    const curve: Curve = { kind: 'linear', base: 0.3, maxLevel: 10 }
    // 0.1 + 0.2 = 0.30000000000000004 and 0.1·3 = 0.30000000000000004 both reach level 2; 0.3·3 = 0.9 reaches 4.
    expect(levelFor(0.1 + 0.2, curve)).toBe(2)
    expect(levelFor(0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1 + 0.1, curve)).toBe(4)
  })

  it('refuses curves whose levels would not rise', () => {
    expect(curveProblem({ kind: 'linear', base: 0, maxLevel: 5 })).toBe('base must be positive')
    expect(curveProblem({ kind: 'power', base: 10, exponent: 0, maxLevel: 5 })).toBe('exponent must be positive')
    expect(curveProblem({ kind: 'exponential', base: 10, factor: 1, maxLevel: 5 })).toBe('factor must be greater than 1')
    expect(curveProblem({ kind: 'piecewise', base: 1, thresholds: [10, 30, 30], maxLevel: 5 })).toBe('thresholds must rise: 30 (level 4) is not above 30')
    expect(curveProblem({ kind: 'piecewise', base: 1, thresholds: [], maxLevel: 5 })).toMatch(/at least one threshold/)
    expect(curveProblem({ kind: 'linear', base: 10, maxLevel: 1 })).toMatch(/maxLevel/)
    expect(curveProblem({ kind: 'exponential', base: 1e-9, factor: 1.0000001, maxLevel: 50 })).toMatch(/does not rise at level 2/)
    for (const curve of Object.values(CURVES)) expect(curveProblem(curve)).toBeNull()
  })
})

describe('demotion with hysteresis (nextLevel)', () => {
  const curve = CURVES.linear // L2 = 100, L3 = 200, L4 = 300
  const demotion: Demotion = { windowDays: 90, ratio: 0.9, graceDays: 14, requirementShare: 0.5 } // keep L3: 0.9 × 100 = 90
  const now = new Date('2026-06-01T00:00:00Z')
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000)
  const at = (level: number, since: number, value: number, recentValue: number) => nextLevel({ level, levelSince: daysAgo(since), value, recentValue, now }, curve, demotion)

  it('follows lifetime value upward, several levels at once, when the value was earned recently', () => {
    expect(at(1, 0, 320, 320)).toMatchObject({ level: 4, reason: 'promoted', levelSince: now })
    expect(at(2, 5, 199, 199)).toMatchObject({ level: 2, reason: 'kept' })
  })

  it('demotes at once when a reversal drops the value below a threshold, grace or not', () => {
    expect(at(3, 1, 199.99, 199.99)).toMatchObject({ level: 2, reason: 'reversal', levelSince: now })
    expect(at(4, 0, 50, 50)).toMatchObject({ level: 1, reason: 'reversal' })
  })

  it('keeps a level while the recent value stays at 0.9 of the requirement, and demotes below it after the grace period', () => {
    expect(requirementFor(3, curve, demotion)).toBe(100)
    expect(at(3, 30, 250, 90)).toMatchObject({ level: 3, reason: 'kept' })
    expect(at(3, 30, 250, 89.99)).toMatchObject({ level: 2, reason: 'inactivity', levelSince: now })
  })

  it('waits for the grace period at a level before an inactivity demotion, and drops one level at a time', () => {
    expect(at(4, 13.9, 1000, 0)).toMatchObject({ level: 4, reason: 'kept' })
    expect(at(4, 14, 1000, 0)).toMatchObject({ level: 3, reason: 'inactivity' })
    expect(at(3, 0, 1000, 0)).toMatchObject({ level: 3, reason: 'kept' })
  })

  it('needs the full requirement, not 0.9 of it, to be promoted again', () => {
    // Demoted from 3 to 2 with 250 lifetime: 95 recent keeps 3 but does not win it back.
    expect(at(2, 1, 250, 95)).toMatchObject({ level: 2, reason: 'kept' })
    expect(at(2, 1, 250, 100)).toMatchObject({ level: 3, reason: 'promoted' })
  })

  it('never demotes level 1, and never for inactivity when requirementShare is 0', () => {
    expect(at(1, 400, 0, 0)).toMatchObject({ level: 1, reason: 'kept' })
    expect(nextLevel({ level: 4, levelSince: daysAgo(400), value: 350, recentValue: 0, now }, curve, { ...demotion, requirementShare: 0 })).toMatchObject({ level: 4, reason: 'kept' })
  })
})

describe('cap periods (UTC)', () => {
  it('keys days, ISO weeks (Monday start, year of the Thursday) and months', () => {
    const d = new Date('2026-11-30T23:59:59.999Z') // a Monday
    expect(periodKey('day', d)).toBe('2026-11-30')
    expect(periodKey('week', d)).toBe('2026-W49')
    expect(periodKey('week', new Date('2026-11-29T23:59:59Z'))).toBe('2026-W48')
    expect(periodKey('month', d)).toBe('2026-11')
    expect(periodKey('week', new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53')
    expect(periodKey('week', new Date('2025-12-29T00:00:00Z'))).toBe('2026-W01')
  })

  it('gives each period a half-open range holding the instant', () => {
    const d = new Date('2026-02-18T10:00:00Z') // a Wednesday
    expect([periodStart('day', d), periodEnd('day', d)].map((x) => x.toISOString())).toEqual(['2026-02-18T00:00:00.000Z', '2026-02-19T00:00:00.000Z'])
    expect([periodStart('week', d), periodEnd('week', d)].map((x) => x.toISOString())).toEqual(['2026-02-16T00:00:00.000Z', '2026-02-23T00:00:00.000Z'])
    expect([periodStart('month', d), periodEnd('month', d)].map((x) => x.toISOString())).toEqual(['2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z'])
    expect(periodKey('day', new Date('2026-02-18T00:00:00.000Z'))).toBe('2026-02-18')
    expect(periodKey('day', new Date('2026-02-17T23:59:59.999Z'))).toBe('2026-02-17')
  })
})

describe('task progress', () => {
  const g = (source: string) => ({ id: 1, source, detail: 'lead', units: 1, at: '2026-01-01T00:00:00.000Z' })
  it('counts one item alone for single-source tasks (the white paper after #)', () => {
    const grants = [g('conversions:1#white-papers:12'), g('conversions:2#white-papers:12'), g('conversions:3#white-papers:7')]
    expect(sourceItem('conversions:1#white-papers:12')).toBe('white-papers:12')
    expect(progressOf({ scope: 'single-source' }, grants)).toBe(2)
    expect(progressOf({ scope: 'total' }, grants)).toBe(3)
    expect(progressOf({ scope: 'single-source' }, [])).toBe(0)
  })
})
