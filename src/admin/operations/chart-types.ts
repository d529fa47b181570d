/** What the server hands the chart components: plain rows and the series to draw from them. */
import type { FormatName } from './format'

export type ChartRow = Record<string, string | number | null>
export type ChartSeries = { key: string; label: string; color?: string; stackId?: string }
export type ChartProps = {
  /** The chart's name in test ids (`chart-<name>`, `empty-<name>`). */
  name: string
  title: string
  data: ChartRow[]
  /** The row field on the category axis (dates, labels). */
  xKey: string
  series: ChartSeries[]
  /** What to do when there is nothing to draw. */
  empty: string
  format?: FormatName
  height?: number
}

/** Colours readable on Payload's light and dark themes. */
export const PALETTE = ['#3b82f6', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#ec4899', '#14b8a6', '#84cc16', '#f97316', '#6366f1']

export const colorOf = (series: ChartSeries, index: number): string => series.color ?? PALETTE[index % PALETTE.length]

/** A long label cut for an axis tick. */
export const shortLabel = (value: unknown, max = 18): string => {
  const s = String(value ?? '')
  return s.length > max ? `${s.slice(0, max - 1)}…` : s
}
