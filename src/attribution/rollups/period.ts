const DAY_MS = 86_400_000

export type SplitPeriod = {
  /** Whole UTC days inside the period, as YYYY-MM-DD, `to` exclusive; absent when there is none. */
  days?: { from: string; to: string }
  /** The parts before the first and after the last whole day (or the whole period), read from raw rows. */
  edges: [Date, Date][]
}

/**
 * Splits [from, to) into whole UTC days (served by the daily rollups) and the partial days at its ends
 * (served by the raw tables), so a report over any period is exact.
 */
export const splitPeriod = (from: Date, to: Date): SplitPeriod => {
  const firstDay = Math.ceil(from.getTime() / DAY_MS) * DAY_MS
  const endDay = Math.floor(to.getTime() / DAY_MS) * DAY_MS
  if (firstDay >= endDay) return { edges: [[from, to]] }
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  const edges: [Date, Date][] = []
  if (from.getTime() < firstDay) edges.push([from, new Date(firstDay)])
  if (endDay < to.getTime()) edges.push([new Date(endDay), to])
  return { days: { from: day(firstDay), to: day(endDay) }, edges }
}
