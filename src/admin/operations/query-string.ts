/** Links of the operations dashboard: tabs, presets and CSV exports keep the page's query (from, to, model, interval). */
import type { Period, ViewName } from '../../operations/types'

export const QUERY_KEYS = ['from', 'to', 'model', 'interval'] as const
export type QueryKey = (typeof QUERY_KEYS)[number]
export type PageQuery = Partial<Record<QueryKey, string>>

const DAY_MS = 86_400_000
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v)

/** The dashboard's own parameters from the page's search params (first value of each, blanks left out). */
export const pickQuery = (searchParams: Record<string, unknown> | undefined): PageQuery => {
  const out: PageQuery = {}
  for (const key of QUERY_KEYS) {
    const v = first(searchParams?.[key])
    if (typeof v === 'string' && v.trim() !== '') out[key] = v.trim()
  }
  return out
}

/** `a=1&b=2` from the defined, non-empty values, in the order given. */
export const buildQuery = (params: Record<string, string | undefined>): string => {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, v)
  return search.toString()
}

/** The page for a tab, keeping the query. */
export const viewHref = (adminRoute: string, view: ViewName, query: PageQuery): string => `${adminRoute}/operations?${buildQuery({ view, ...query })}`

/** The CSV export of one table, with the page's query. */
export const csvHref = (apiRoute: string, view: ViewName, table: string, query: PageQuery): string => {
  const qs = buildQuery({ ...query })
  return `${apiRoute}/operations/${view}/${table}.csv${qs ? `?${qs}` : ''}`
}

const dateKey = (d: Date) => d.toISOString().slice(0, 10)

/** The last `days` days, today (UTC) included, as date-input values. */
export const presetRange = (days: number, now = new Date()): { from: string; to: string } => {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
  return { from: dateKey(new Date(today.getTime() - (days - 1) * DAY_MS)), to: dateKey(today) }
}

/** The period as the date inputs show it: `to` is exclusive in the period, the input shows the last day it covers. */
export const dateInputs = (period: Pick<Period, 'from' | 'to'>): { from: string; to: string } => ({
  from: period.from.slice(0, 10),
  to: dateKey(new Date(new Date(period.to).getTime() - 1)),
})

/** Days a period covers (rounded up). */
export const periodDays = (period: Pick<Period, 'from' | 'to'>): number => Math.ceil((new Date(period.to).getTime() - new Date(period.from).getTime()) / DAY_MS)
