import type { Payload } from 'payload'

import { querySql, sqlEngine } from '../../db/raw-sql'
import { BOT_CLICKS_DIMENSION, daySql, KEY_SQL, type CreditDimension } from '../rollups/keys'
import { splitPeriod } from '../rollups/period'
import type { GroupBy, ReportInput } from './schemas'

type Sums = { touches: number; conversions: number; revenue: number }

/** The stored dimension a report grouping reads: industries come from the credited accounts. */
export const dimensionOf = (groupBy: GroupBy): CreditDimension => (groupBy === 'INDUSTRY' ? 'ACCOUNT' : groupBy)

const eventFilter = (input: ReportInput): [string, unknown[]] => (input.conversion ? [' AND conversion_event = ?', [input.conversion]] : ['', []])

/**
 * Sums of credits per group in the database: whole days from `credit_rollups`, the partial days at the
 * ends of the period from `attribution_credits`; undefined on MongoDB, where the caller sums the rows.
 */
export const creditSums = async (payload: Payload, input: ReportInput): Promise<Map<string, Sums> | undefined> => {
  if (!sqlEngine(payload)) return undefined
  const dimension = dimensionOf(input.groupBy)
  const [event, eventArgs] = eventFilter(input)
  const { days, edges } = splitPeriod(input.from, input.to)
  const out = new Map<string, Sums>()
  const add = (rows: Record<string, unknown>[] = []) => {
    for (const r of rows) {
      const sums = out.get(String(r.k)) ?? { touches: 0, conversions: 0, revenue: 0 }
      sums.touches += Number(r.touches)
      sums.conversions += Number(r.conversions)
      sums.revenue += Number(r.revenue)
      out.set(String(r.k), sums)
    }
  }
  if (days)
    add(
      await querySql(
        payload,
        `SELECT key AS k, SUM(touches) AS touches, SUM(conversions) AS conversions, SUM(revenue) AS revenue FROM credit_rollups
         WHERE model = ? AND dimension = ? AND day >= ? AND day < ?${event} GROUP BY key HAVING SUM(touches) <> 0`,
        [input.model, dimension, days.from, days.to, ...eventArgs],
      ),
    )
  for (const [from, to] of edges)
    add(
      await querySql(
        payload,
        `SELECT ${KEY_SQL[dimension]} AS k, COUNT(*) AS touches, SUM(weight) AS conversions, SUM(COALESCE(revenue, 0)) AS revenue FROM attribution_credits
         WHERE model = ? AND conversion_at >= ? AND conversion_at < ?${event} GROUP BY 1`,
        [input.model, from.toISOString(), to.toISOString(), ...eventArgs],
      ),
    )
  return out
}

/** Human clicks (or, with `bots`, clicks flagged as bots, per content only) per group in the period (rollups for whole days, raw clicks at the ends); undefined on MongoDB. */
export const clickCounts = async (payload: Payload, input: ReportInput, options: { bots?: boolean } = {}): Promise<Map<string, number> | undefined> => {
  const engine = sqlEngine(payload)
  if (!engine || input.groupBy === 'LAYER' || input.groupBy === 'INDUSTRY') return undefined
  // Bot clicks are rolled up per content item only.
  if (options.bots && input.groupBy !== 'CONTENT') return undefined
  const { days, edges } = splitPeriod(input.from, input.to)
  const out = new Map<string, number>()
  const add = (rows: Record<string, unknown>[] = []) => {
    for (const r of rows) out.set(String(r.k), (out.get(String(r.k)) ?? 0) + Number(r.n))
  }
  const dimension = options.bots ? BOT_CLICKS_DIMENSION : input.groupBy
  if (days) add(await querySql(payload, `SELECT key AS k, SUM(clicks) AS n FROM click_rollups WHERE dimension = ? AND day >= ? AND day < ? GROUP BY key`, [dimension, days.from, days.to]))
  const human = engine === 'postgres' ? `human = ${!options.bots}` : `human = ${options.bots ? 0 : 1}`
  for (const [from, to] of edges)
    add(await querySql(payload, `SELECT ${KEY_SQL[input.groupBy]} AS k, COUNT(*) AS n FROM clicks WHERE ${human} AND at >= ? AND at < ? GROUP BY 1`, [from.toISOString(), to.toISOString()]))
  return out
}

/** Credited conversions and revenue per day (UTC) in the period, in the database; undefined on MongoDB. */
export const dailySeries = async (payload: Payload, input: ReportInput): Promise<{ day: string; conversions: number; revenue: number }[] | undefined> => {
  const engine = sqlEngine(payload)
  if (!engine) return undefined
  const [event, eventArgs] = eventFilter(input)
  const { days, edges } = splitPeriod(input.from, input.to)
  const byDay = new Map<string, { c: number; r: number }>()
  const add = (rows: Record<string, unknown>[] = []) => {
    for (const row of rows) {
      const d = byDay.get(String(row.d)) ?? { c: 0, r: 0 }
      d.c += Number(row.c)
      d.r += Number(row.r)
      byDay.set(String(row.d), d)
    }
  }
  // Every credit is in each dimension's rollups once: one dimension gives the totals.
  if (days)
    add(
      await querySql(
        payload,
        `SELECT day AS d, SUM(conversions) AS c, SUM(revenue) AS r FROM credit_rollups WHERE model = ? AND dimension = 'CHANNEL' AND day >= ? AND day < ?${event} GROUP BY day`,
        [input.model, days.from, days.to, ...eventArgs],
      ),
    )
  const day = daySql(engine, 'conversion_at')
  for (const [from, to] of edges)
    add(
      await querySql(
        payload,
        `SELECT ${day} AS d, SUM(weight) AS c, SUM(COALESCE(revenue, 0)) AS r FROM attribution_credits WHERE model = ? AND conversion_at >= ? AND conversion_at < ?${event} GROUP BY 1`,
        [input.model, from.toISOString(), to.toISOString(), ...eventArgs],
      ),
    )
  return [...byDay.entries()]
    .filter(([, v]) => Math.abs(v.c) > 1e-9)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([d, v]) => ({ day: d, conversions: Math.round(v.c * 1e6) / 1e6, revenue: Math.round(v.r * 100) / 100 }))
}

/**
 * Visitors (distinct anonymous ids, else visitor ids, of page views carrying UTM parameters) and the NPS (promoters 9–10
 * minus detractors 0–6, in points, from `nps` track events with a 0–10 `score`) per channel (utm_source)
 * or campaign (utm_campaign) in the period; undefined on MongoDB and for other groupings.
 */
export const visitorsAndNps = async (payload: Payload, input: ReportInput): Promise<Map<string, { visitors: number; nps: number | null; responses: number }> | undefined> => {
  if (input.groupBy !== 'CHANNEL' && input.groupBy !== 'CAMPAIGN') return undefined
  const column = input.groupBy === 'CHANNEL' ? 'utm_source' : 'utm_campaign'
  const key = input.groupBy === 'CHANNEL' ? `COALESCE(utm_source, 'direct')` : `COALESCE(utm_campaign, '(none)')`
  // Only numeric scores: anything else is NULL and falls out of the BETWEEN below.
  const score =
    sqlEngine(payload) === 'postgres'
      ? `(CASE WHEN jsonb_typeof(properties->'score') = 'number' THEN (properties->>'score')::numeric END)`
      : `(CASE WHEN json_type(properties, '$.score') IN ('integer', 'real') THEN json_extract(properties, '$.score') END)`
  const period = [input.from.toISOString(), input.to.toISOString()]
  const visitors = await querySql(payload, `SELECT ${key} AS k, COUNT(DISTINCT COALESCE(anonymous_id, visitor_id)) AS n FROM events WHERE type = 'page' AND ${column} IS NOT NULL AND at >= ? AND at < ? GROUP BY ${key}`, period)
  const nps = await querySql(
    payload,
    `SELECT ${key} AS k, COUNT(*) AS n, SUM(CASE WHEN ${score} >= 9 THEN 1 ELSE 0 END) AS p, SUM(CASE WHEN ${score} <= 6 THEN 1 ELSE 0 END) AS d
     FROM events WHERE type = 'track' AND event = 'nps' AND at >= ? AND at < ? AND ${score} BETWEEN 0 AND 10 GROUP BY ${key}`,
    period,
  )
  if (!visitors || !nps) return undefined
  const out = new Map<string, { visitors: number; nps: number | null; responses: number }>()
  for (const r of visitors) out.set(String(r.k), { visitors: Number(r.n), nps: null, responses: 0 })
  for (const r of nps) {
    const entry = out.get(String(r.k)) ?? { visitors: 0, nps: null, responses: 0 }
    entry.responses = Number(r.n)
    entry.nps = Math.round(((Number(r.p) - Number(r.d)) / Number(r.n)) * 1000) / 10
    out.set(String(r.k), entry)
  }
  return out
}
