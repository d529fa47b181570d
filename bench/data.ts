/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same data set. */
export const random = (seed: number) => () => {
  seed |= 0
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/** Makes `total` rows and writes them 5,000 at a time (bulk loads of benchmark data sets). */
export const inChunks = async <T>(total: number, make: (i: number) => T, write: (rows: T[]) => Promise<void>) => {
  for (let start = 0; start < total; start += 5000) await write(Array.from({ length: Math.min(5000, total - start) }, (_, k) => make(start + k)))
}
