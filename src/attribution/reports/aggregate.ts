import type { Payload } from 'payload'

import type { GroupBy, ReportInput } from './schemas'

type Sums = { touches: number; conversions: number; revenue: number }
type Libsql = { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }> }
type PgPool = { query: (sql: string, args: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/** The SQL group key of each dimension, the same string the JS fallback builds. */
const KEY_SQL: Record<Exclude<GroupBy, 'LAYER'>, string> = {
  CAMPAIGN: `COALESCE(campaign_key, '(none)')`,
  CHANNEL: `COALESCE(channel, 'direct')`,
  CONTENT: `CASE WHEN content_type IS NOT NULL AND content_id IS NOT NULL THEN content_type || ':' || CAST(content_id AS TEXT) ELSE '(none)' END`,
  // Accounts, mapped to industries by the caller.
  INDUSTRY: `COALESCE(CAST(account_id AS TEXT), '(none)')`,
}

/** Runs a query with `?` placeholders on the SQL adapters; undefined on MongoDB. */
const sql = async (payload: Payload, text: string, args: unknown[]): Promise<Record<string, unknown>[] | undefined> => {
  if (payload.db.name === 'sqlite') return (await (payload.db as unknown as { client: Libsql }).client.execute({ sql: text, args })).rows
  if (payload.db.name === 'postgres') {
    let n = 0
    return (await (payload.db as unknown as { pool: PgPool }).pool.query(text.replace(/\?/g, () => `$${++n}`), args)).rows
  }
  return undefined
}

/**
 * Sums of credits per group in the database (GROUP BY on the SQL engines); undefined on MongoDB, where
 * the caller sums the rows itself.
 */
export const creditSums = async (payload: Payload, input: ReportInput): Promise<Map<string, Sums> | undefined> => {
  if (input.groupBy === 'LAYER') return undefined
  const where = ['model = ?', 'conversion_at >= ?', 'conversion_at < ?', ...(input.conversion ? ['conversion_event = ?'] : [])]
  const args: unknown[] = [input.model, input.from.toISOString(), input.to.toISOString(), ...(input.conversion ? [input.conversion] : [])]
  const key = KEY_SQL[input.groupBy]
  const rows = await sql(
    payload,
    `SELECT ${key} AS k, COUNT(*) AS touches, SUM(weight) AS conversions, SUM(COALESCE(revenue, 0)) AS revenue FROM attribution_credits WHERE ${where.join(' AND ')} GROUP BY ${key}`,
    args,
  )
  return rows && new Map(rows.map((r) => [String(r.k), { touches: Number(r.touches), conversions: Number(r.conversions), revenue: Number(r.revenue) }]))
}

/** Human clicks per group in the period, in the database; undefined on MongoDB. */
export const clickCounts = async (payload: Payload, input: ReportInput): Promise<Map<string, number> | undefined> => {
  if (input.groupBy === 'LAYER' || input.groupBy === 'INDUSTRY') return undefined
  const key = KEY_SQL[input.groupBy]
  const human = payload.db.name === 'postgres' ? 'human = true' : 'human = 1'
  const rows = await sql(payload, `SELECT ${key} AS k, COUNT(*) AS n FROM clicks WHERE ${human} AND at >= ? AND at < ? GROUP BY ${key}`, [
    input.from.toISOString(),
    input.to.toISOString(),
  ])
  return rows && new Map(rows.map((r) => [String(r.k), Number(r.n)]))
}

/** Credited conversions and revenue per day (UTC) in the period, in the database; undefined on MongoDB. */
export const dailySeries = async (payload: Payload, input: ReportInput): Promise<{ day: string; conversions: number; revenue: number }[] | undefined> => {
  const day = payload.db.name === 'postgres' ? `to_char(conversion_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')` : 'substr(conversion_at, 1, 10)'
  const where = ['model = ?', 'conversion_at >= ?', 'conversion_at < ?', ...(input.conversion ? ['conversion_event = ?'] : [])]
  const args: unknown[] = [input.model, input.from.toISOString(), input.to.toISOString(), ...(input.conversion ? [input.conversion] : [])]
  const rows = await sql(payload, `SELECT ${day} AS d, SUM(weight) AS c, SUM(COALESCE(revenue, 0)) AS r FROM attribution_credits WHERE ${where.join(' AND ')} GROUP BY ${day} ORDER BY 1`, args)
  return rows?.map((r) => ({ day: String(r.d), conversions: Math.round(Number(r.c) * 1e6) / 1e6, revenue: Math.round(Number(r.r) * 100) / 100 }))
}

/**
 * Visitors (distinct anonymous ids of page views carrying UTM parameters) and the NPS (promoters 9–10
 * minus detractors 0–6, in points, from `nps` track events with a 0–10 `score`) per channel (utm_source)
 * or campaign (utm_campaign) in the period; undefined on MongoDB and for other groupings.
 */
export const visitorsAndNps = async (payload: Payload, input: ReportInput): Promise<Map<string, { visitors: number; nps: number | null; responses: number }> | undefined> => {
  if (input.groupBy !== 'CHANNEL' && input.groupBy !== 'CAMPAIGN') return undefined
  const column = input.groupBy === 'CHANNEL' ? 'utm_source' : 'utm_campaign'
  const key = input.groupBy === 'CHANNEL' ? `COALESCE(utm_source, 'direct')` : `COALESCE(utm_campaign, '(none)')`
  // Only numeric scores: anything else is NULL and falls out of the BETWEEN below.
  const score =
    payload.db.name === 'postgres'
      ? `(CASE WHEN jsonb_typeof(properties->'score') = 'number' THEN (properties->>'score')::numeric END)`
      : `(CASE WHEN json_type(properties, '$.score') IN ('integer', 'real') THEN json_extract(properties, '$.score') END)`
  const period = [input.from.toISOString(), input.to.toISOString()]
  const visitors = await sql(payload, `SELECT ${key} AS k, COUNT(DISTINCT anonymous_id) AS n FROM events WHERE type = 'page' AND ${column} IS NOT NULL AND at >= ? AND at < ? GROUP BY ${key}`, period)
  const nps = await sql(
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
