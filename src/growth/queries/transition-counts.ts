import type { Payload } from 'payload'

import { daySql } from '../../attribution/rollups/keys'
import { querySql, sqlEngine } from '../../db/raw-sql'

/** How many transitions went from one layer to another on one day (UTC). */
export type DayCount = { day: string; from: string | null; to: string | null; count: number }

/**
 * Transitions of contacts or accounts with `since` ≤ at < `until`, counted per day and (from, to):
 * grouped in the database on the SQL engines, here on MongoDB.
 */
export const transitionCounts = async (payload: Payload, subjectType: 'contact' | 'account', until: Date, since?: Date): Promise<DayCount[]> => {
  const engine = sqlEngine(payload)
  if (engine) {
    const rows = await querySql(
      payload,
      `SELECT ${daySql(engine, 'at')} AS d, from_layer AS f, to_layer AS t, COUNT(*) AS n FROM layer_transitions
       WHERE subject_type = ? AND at < ?${since ? ' AND at >= ?' : ''} GROUP BY 1, 2, 3`,
      [subjectType, until.toISOString(), ...(since ? [since.toISOString()] : [])],
    )
    return (rows ?? []).map((r) => ({ day: String(r.d), from: (r.f as string | null) ?? null, to: (r.t as string | null) ?? null, count: Number(r.n) }))
  }
  const { docs } = await payload.find({
    collection: 'layer-transitions',
    where: { and: [{ subjectType: { equals: subjectType } }, { at: { less_than: until.toISOString() } }, ...(since ? [{ at: { greater_than_equal: since.toISOString() } }] : [])] },
    pagination: false,
    depth: 0,
    select: { at: true, fromLayer: true, toLayer: true },
  })
  const counts = new Map<string, DayCount>()
  for (const t of docs) {
    const key = JSON.stringify([t.at.slice(0, 10), t.fromLayer ?? null, t.toLayer ?? null])
    const c = counts.get(key) ?? { day: t.at.slice(0, 10), from: t.fromLayer ?? null, to: t.toLayer ?? null, count: 0 }
    c.count++
    counts.set(key, c)
  }
  return [...counts.values()]
}
