import type { Statement } from '../../db/raw-sql'
import { CREDIT_DIMENSIONS, daySql, KEY_SQL } from './keys'

const COLUMNS = 'day, model, conversion_event, dimension, key, touches, conversions, revenue'

/**
 * Adds (sign 1) or takes away (sign −1) the credits that match `where` (e.g. one conversion's) to or
 * from `credit_rollups`, one row per day × model × conversion × dimension × key. Run in the transaction
 * that writes or deletes those credits, so the rollups always equal the sums of the credits.
 */
export const creditRollupDelta = (engine: 'sqlite' | 'postgres', sign: 1 | -1, where: Statement = { sql: 'true', args: [] }): Statement => {
  const s = sign < 0 ? '-' : ''
  const day = daySql(engine, 'conversion_at')
  const parts = CREDIT_DIMENSIONS.map(
    (d) =>
      `SELECT ${day} AS day, CAST(model AS TEXT) AS model, conversion_event, '${d}' AS dimension, ${KEY_SQL[d]} AS key,
       ${s}COUNT(*) AS touches, ${s}SUM(weight) AS conversions, ${s}SUM(COALESCE(revenue, 0)) AS revenue
       FROM attribution_credits WHERE ${where.sql} GROUP BY 1, 2, 3, 5`,
  )
  return {
    // `WHERE true` keeps SQLite from reading ON CONFLICT as a join constraint (https://sqlite.org/lang_upsert.html).
    sql: `INSERT INTO credit_rollups (${COLUMNS}) SELECT ${COLUMNS} FROM (${parts.join(' UNION ALL ')}) AS d WHERE true
      ON CONFLICT (model, dimension, day, conversion_event, key) DO UPDATE SET touches = credit_rollups.touches + excluded.touches,
      conversions = credit_rollups.conversions + excluded.conversions, revenue = credit_rollups.revenue + excluded.revenue`,
    args: CREDIT_DIMENSIONS.flatMap(() => where.args),
  }
}

/** Recomputes every credit rollup from the credits (after a bulk load, or to repair). */
export const rebuildCreditRollups = (engine: 'sqlite' | 'postgres'): Statement[] => [
  // Keeps concurrent conversions' deltas waiting until the rebuilt sums are in (PostgreSQL; SQLite has one writer).
  ...(engine === 'postgres' ? [{ sql: 'LOCK TABLE credit_rollups IN EXCLUSIVE MODE', args: [] }] : []),
  { sql: 'DELETE FROM credit_rollups', args: [] },
  creditRollupDelta(engine, 1),
]
