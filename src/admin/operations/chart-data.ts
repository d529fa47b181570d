/** Pure shaping of the views' data into chart rows (tested in test/unit/operations-admin.test.ts). */
import type { LayerCard, LayerSeriesPoint, Series, SeriesPoint } from '../../operations/types'
import type { ChartRow, ChartSeries } from './chart-types'

/** Layer sizes over time: one row per date, one field per layer slug. */
export const layerSeriesRows = (points: readonly LayerSeriesPoint[]): ChartRow[] => points.map((p) => ({ date: p.date.slice(0, 10), ...p.sizes }))

/** One line per layer, in rank order, named. */
export const layerLines = (layers: readonly LayerCard[], points: readonly LayerSeriesPoint[]): ChartSeries[] => {
  const known = [...layers].sort((a, b) => a.rank - b.rank).map((l) => ({ key: l.slug, label: l.name }))
  const seen = new Set(known.map((l) => l.key))
  const extra = [...new Set(points.flatMap((p) => Object.keys(p.sizes)))].filter((slug) => !seen.has(slug)).map((slug) => ({ key: slug, label: slug }))
  return [...known, ...extra]
}

/**
 * Several series on one date axis: one row per date (sorted), one field per series key holding `metric`; a date a
 * series has no point for is 0 (nothing happened).
 */
export const mergeSeries = (series: readonly Series[], metric: keyof Omit<SeriesPoint, 'date'>): ChartRow[] => {
  const rows = new Map<string, ChartRow>()
  for (const s of series)
    for (const p of s.points) {
      const date = p.date.slice(0, 10)
      const row = rows.get(date) ?? { date }
      row[s.key] = ((row[s.key] as number | undefined) ?? 0) + p[metric]
      rows.set(date, row)
    }
  const keys = series.map((s) => s.key)
  return [...rows.values()]
    .sort((a, b) => String(a.date).localeCompare(String(b.date)))
    .map((row) => Object.fromEntries([['date', row.date], ...keys.map((k) => [k, row[k] ?? 0])]))
}

/** The `n` rows largest by `score`, largest first (ties keep their order). */
export const topBy = <R>(rows: readonly R[], score: (row: R) => number, n: number): R[] =>
  rows
    .map((row, i) => ({ row, i, s: score(row) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, n)
    .map((x) => x.row)
