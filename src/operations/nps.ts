import type { Payload } from 'payload'

import { visitorsAndNps } from '../attribution/reports/aggregate'
import { querySql, sqlEngine } from '../db/raw-sql'
import type { OperationsQuery } from './types'

/**
 * NPS comes from `nps` track events, which no rollup keeps: reading them means reading the period's events. The
 * dashboard does that only while the period holds at most this many events (an index-only count tells); beyond it,
 * NPS is left out (null) so the page stays fast, and GET /api/attribution?include=audience answers it instead.
 */
export const NPS_SCAN_LIMIT = 20_000

export type ChannelNps = { nps: Map<string, { nps: number | null; responses: number }>; omitted: boolean }

/** NPS per channel (utm_source) in the period, or `omitted` when the period has too many events to read them here. */
export const channelNps = async (payload: Payload, query: OperationsQuery, limit = NPS_SCAN_LIMIT): Promise<ChannelNps> => {
  if (sqlEngine(payload)) {
    // Counting stops at limit + 1 rows of the `at` index: cheap whatever the period.
    const [row] =
      (await querySql(payload, `SELECT COUNT(*) AS n FROM (SELECT 1 FROM events WHERE at >= ? AND at < ? LIMIT ${Math.floor(limit) + 1}) AS e`, [query.from.toISOString(), query.to.toISOString()])) ?? []
    if (Number(row?.n ?? 0) > limit) return { nps: new Map(), omitted: true }
  }
  const engine = sqlEngine(payload)
  if (!engine) {
    const audience = await visitorsAndNps(payload, { model: query.model, groupBy: 'CHANNEL', from: query.from, to: query.to })
    return { nps: new Map([...(audience ?? [])].map(([k, a]) => [k, { nps: a.nps, responses: a.responses }])), omitted: false }
  }
  // As src/attribution/reports/aggregate.ts scores it (numeric 0–10 scores only), without the unique visitors.
  const score =
    engine === 'postgres'
      ? `(CASE WHEN jsonb_typeof(properties->'score') = 'number' THEN (properties->>'score')::numeric END)`
      : `(CASE WHEN json_type(properties, '$.score') IN ('integer', 'real') THEN json_extract(properties, '$.score') END)`
  const rows = await querySql(
    payload,
    `SELECT COALESCE(utm_source, 'direct') AS k, COUNT(*) AS n, SUM(CASE WHEN ${score} >= 9 THEN 1 ELSE 0 END) AS p, SUM(CASE WHEN ${score} <= 6 THEN 1 ELSE 0 END) AS d
     FROM events WHERE type = 'track' AND event = 'nps' AND at >= ? AND at < ? AND ${score} BETWEEN 0 AND 10 GROUP BY 1`,
    [query.from.toISOString(), query.to.toISOString()],
  )
  const nps = new Map<string, { nps: number | null; responses: number }>()
  for (const r of rows ?? []) nps.set(String(r.k), { responses: Number(r.n), nps: Math.round(((Number(r.p) - Number(r.d)) / Number(r.n)) * 1000) / 10 })
  return { nps, omitted: false }
}
