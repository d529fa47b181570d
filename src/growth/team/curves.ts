/**
 * The level curve: growth value ↔ level, one pair of functions for every kind. Level 1 needs 0;
 * `valueFor(L)` is the value needed to reach level L, and `levelFor(value)` is its inverse (the
 * highest L with valueFor(L) ≤ value, capped at maxLevel). Pure, so both directions are tested at
 * every boundary (test/unit/growth-curves.test.ts).
 */
export const CURVE_KINDS = ['linear', 'power', 'exponential', 'piecewise'] as const
export type CurveKind = (typeof CURVE_KINDS)[number]

export type Curve = {
  kind: CurveKind
  /** linear: value per level; power: scale; exponential: scale. */
  base: number
  /** power: the exponent (> 0). */
  exponent?: number | null
  /** exponential: growth factor per level (> 1). */
  factor?: number | null
  /** piecewise: the value needed for levels 2, 3, … (strictly increasing). */
  thresholds?: readonly number[] | null
  maxLevel: number
}

export const DEFAULT_CURVE: Curve = { kind: 'power', base: 50, exponent: 1.5, factor: 2, thresholds: [50, 150, 400, 1000, 2500], maxLevel: 10 }

// Six decimals: 100·(1.1²−1) is 21.000000000000004 in floating point; rounding makes the value a
// level needs and the value a user sees the same number, so the round trip is exact.
const tidy = (x: number): number => Math.round(x * 1e6) / 1e6

/** The highest level this curve can reach (piecewise: one above the last threshold). */
export const topLevel = (curve: Curve): number => {
  const max = Math.max(1, Math.floor(curve.maxLevel))
  return curve.kind === 'piecewise' ? Math.min(max, (curve.thresholds?.length ?? 0) + 1) : max
}

/** The growth value needed to reach `level` (level 1 and below: 0). */
export const valueFor = (level: number, curve: Curve): number => {
  const steps = Math.min(Math.floor(level), topLevel(curve)) - 1
  if (steps <= 0) return 0
  switch (curve.kind) {
    case 'linear':
      return tidy(curve.base * steps)
    case 'power':
      return tidy(curve.base * steps ** (curve.exponent ?? 1))
    case 'exponential':
      return tidy(curve.base * ((curve.factor ?? 2) ** steps - 1))
    case 'piecewise':
      return tidy(curve.thresholds?.[steps - 1] ?? Infinity)
  }
}

/** The level a growth value reaches: a binary search over valueFor, so both agree by construction. */
export const levelFor = (value: number, curve: Curve): number => {
  let low = 1
  let high = topLevel(curve)
  const v = tidy(value)
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (valueFor(mid, curve) <= v) low = mid
    else high = mid - 1
  }
  return low
}

/** What is wrong with a curve, or null: settings refuse a curve whose levels would not rise. */
export const curveProblem = (curve: Partial<Curve>): string | null => {
  if (!curve.kind || !CURVE_KINDS.includes(curve.kind)) return `kind must be one of ${CURVE_KINDS.join(', ')}`
  const maxLevel = Number(curve.maxLevel)
  if (!Number.isInteger(maxLevel) || maxLevel < 2 || maxLevel > 100) return 'maxLevel must be a whole number from 2 to 100'
  if (curve.kind !== 'piecewise' && !(Number(curve.base) > 0)) return 'base must be positive'
  if (curve.kind === 'power' && !(Number(curve.exponent) > 0)) return 'exponent must be positive'
  if (curve.kind === 'exponential' && !(Number(curve.factor) > 1)) return 'factor must be greater than 1'
  if (curve.kind === 'piecewise') {
    const t = curve.thresholds ?? []
    if (t.length === 0) return 'piecewise needs at least one threshold (the value for level 2)'
    if (!(t[0] > 0)) return 'the first threshold must be positive'
    const i = t.findIndex((x, k) => k > 0 && !(x > t[k - 1]))
    if (i > 0) return `thresholds must rise: ${t[i]} (level ${i + 2}) is not above ${t[i - 1]}`
  }
  const full = curve as Curve
  for (let level = 2; level <= topLevel(full); level++) {
    if (!(valueFor(level, full) > valueFor(level - 1, full)) || !Number.isFinite(valueFor(level, full))) {
      return `the curve does not rise at level ${level}; use a larger base or factor or fewer levels`
    }
  }
  return null
}
