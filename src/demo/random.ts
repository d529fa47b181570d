/** Deterministic pseudo-random numbers (mulberry32), so the same seed always builds the same data set. */
export const random = (seed: number) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

export type Rng = () => number

/** Helpers over one generator: integers, picks, weighted picks and coin flips. */
export const dice = (rnd: Rng) => ({
  rnd,
  /** An integer in [min, max]. */
  int: (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1)),
  pick: <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)],
  chance: (p: number) => rnd() < p,
  /** One of `entries` with probability proportional to its weight. */
  weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((s, [, w]) => s + w, 0)
    let r = rnd() * total
    for (const [value, w] of entries) if ((r -= w) < 0) return value
    return entries[entries.length - 1][0]
  },
})
export type Dice = ReturnType<typeof dice>

/** Makes `total` rows and writes them 5,000 at a time (bulk loads of generated data sets). */
export const inChunks = async <T>(total: number, make: (i: number) => T, write: (rows: T[]) => Promise<void>) => {
  for (let start = 0; start < total; start += 5000) await write(Array.from({ length: Math.min(5000, total - start) }, (_, k) => make(start + k)))
}
