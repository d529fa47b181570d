import type { Payload } from 'payload'

import { daySql, KEY_SQL, keyOf, type ClickDimension } from '../attribution/rollups/keys'
import { splitPeriod } from '../attribution/rollups/period'
import { querySql, sqlEngine } from '../db/raw-sql'
import type { OperationsQuery, SeriesPoint } from './types'
import { dayOf } from './units'

const DAY_MS = 86_400_000

type Day = { clicks: number; conversions: number; revenue: number }
/** key → day (YYYY-MM-DD) → sums. */
export type DailyByKey = Map<string, Map<string, Day>>

const cell = (out: DailyByKey, key: string, day: string): Day => {
  let days = out.get(key)
  if (!days) out.set(key, (days = new Map()))
  let d = days.get(day)
  if (!d) days.set(day, (d = { clicks: 0, conversions: 0, revenue: 0 }))
  return d
}

/**
 * Human clicks and credited conversions and revenue (under the query's model) per group and UTC day in the period: whole days
 * from `click_rollups` and `credit_rollups`, the partial days at the ends from `clicks` and `attribution_credits`.
 */
export const dailyByKey = async (payload: Payload, query: OperationsQuery, dimension: ClickDimension): Promise<DailyByKey> => {
  const out: DailyByKey = new Map()
  const engine = sqlEngine(payload)
  if (!engine) {
    const period = (field: string) => [{ [field]: { greater_than_equal: query.from.toISOString() } }, { [field]: { less_than: query.to.toISOString() } }]
    const [clicks, credits] = await Promise.all([
      payload.find({ collection: 'clicks', where: { and: [{ human: { equals: true } }, ...period('at')] }, pagination: false, depth: 0, overrideAccess: true }),
      payload.find({ collection: 'attribution-credits', where: { and: [{ model: { equals: query.model } }, ...period('conversionAt')] }, pagination: false, depth: 0, overrideAccess: true }),
    ])
    for (const c of clicks.docs) cell(out, keyOf(dimension, c), c.at.slice(0, 10)).clicks++
    for (const c of credits.docs) {
      const d = cell(out, keyOf(dimension, c), c.conversionAt.slice(0, 10))
      d.conversions += c.weight
      d.revenue += c.revenue ?? 0
    }
    return out
  }
  const { days, edges } = splitPeriod(query.from, query.to)
  const human = engine === 'postgres' ? 'human = true' : 'human = 1'
  const queries: Promise<void>[] = []
  const add = (field: 'clicks' | 'credits') => (rows: Record<string, unknown>[] | undefined) => {
    for (const r of rows ?? []) {
      const d = cell(out, String(r.k), String(r.d))
      if (field === 'clicks') d.clicks += Number(r.n)
      else {
        d.conversions += Number(r.c)
        d.revenue += Number(r.r)
      }
    }
  }
  if (days) {
    queries.push(querySql(payload, `SELECT key AS k, day AS d, SUM(clicks) AS n FROM click_rollups WHERE dimension = ? AND day >= ? AND day < ? GROUP BY key, day`, [dimension, days.from, days.to]).then(add('clicks')))
    queries.push(
      querySql(
        payload,
        `SELECT key AS k, day AS d, SUM(conversions) AS c, SUM(revenue) AS r FROM credit_rollups WHERE model = ? AND dimension = ? AND day >= ? AND day < ? GROUP BY key, day`,
        [query.model, dimension, days.from, days.to],
      ).then(add('credits')),
    )
  }
  for (const [from, to] of edges) {
    const range = [from.toISOString(), to.toISOString()]
    queries.push(querySql(payload, `SELECT ${KEY_SQL[dimension]} AS k, ${daySql(engine, 'at')} AS d, COUNT(*) AS n FROM clicks WHERE ${human} AND at >= ? AND at < ? GROUP BY 1, 2`, range).then(add('clicks')))
    queries.push(
      querySql(
        payload,
        `SELECT ${KEY_SQL[dimension]} AS k, ${daySql(engine, 'conversion_at')} AS d, SUM(weight) AS c, SUM(COALESCE(revenue, 0)) AS r FROM attribution_credits
         WHERE model = ? AND conversion_at >= ? AND conversion_at < ? GROUP BY 1, 2`,
        [query.model, ...range],
      ).then(add('credits')),
    )
  }
  await Promise.all(queries)
  return out
}

/** The period's buckets: one per UTC day or week from the day of `from`, each named by its first day. */
export const buckets = (query: OperationsQuery): string[] => {
  const step = query.interval === 'week' ? 7 * DAY_MS : DAY_MS
  const out: string[] = []
  for (let at = Math.floor(query.from.getTime() / DAY_MS) * DAY_MS; at < query.to.getTime(); at += step) out.push(dayOf(at))
  return out
}

/** One group's days as points, one per bucket (zeros where nothing happened). */
export const pointsOf = (days: Map<string, Day> | undefined, bucketDays: string[]): SeriesPoint[] => {
  const points = bucketDays.map((date) => ({ date, humanClicks: 0, conversions: 0, revenue: 0 }))
  for (const [day, d] of days ?? []) {
    // The last bucket starting on or before the day.
    let i = bucketDays.length - 1
    while (i > 0 && bucketDays[i] > day) i--
    if (i < 0 || bucketDays[i] > day) continue
    points[i].humanClicks += d.clicks
    points[i].conversions += d.conversions
    points[i].revenue += d.revenue
  }
  for (const p of points) {
    p.conversions = Math.round(p.conversions * 1e6) / 1e6
    p.revenue = Math.round(p.revenue * 100) / 100
  }
  return points
}
