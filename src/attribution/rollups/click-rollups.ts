import type { Statement } from '../../db/raw-sql'
import { BOT_CLICKS_DIMENSION, CLICK_DIMENSIONS, daySql, KEY_SQL, keyOf, type Keyed } from './keys'

type ClickLike = Keyed & { at: string; human: boolean }

const UPSERT = `ON CONFLICT (dimension, day, key) DO UPDATE SET clicks = click_rollups.clicks + excluded.clicks`

/**
 * The clicks of one buffered batch, counted per day × dimension × key, as upserts into `click_rollups` for the
 * batch's transaction (sign −1 takes them away again): human clicks per campaign, channel and content, bot clicks
 * per content under BOT_CLICKS_DIMENSION (the operations dashboard's human vs bot columns).
 */
export const clickRollupDelta = (rows: readonly ClickLike[], sign: 1 | -1 = 1): Statement[] => {
  const counts = new Map<string, { day: string; dimension: string; key: string; clicks: number }>()
  for (const row of rows) {
    const day = row.at.slice(0, 10)
    const dimensions = row.human ? CLICK_DIMENSIONS.map((d) => [d, d] as const) : ([[BOT_CLICKS_DIMENSION, 'CONTENT']] as const)
    for (const [dimension, keyDimension] of dimensions) {
      const key = keyOf(keyDimension, row)
      const id = `${day}\u0000${dimension}\u0000${key}`
      const c = counts.get(id)
      if (c) c.clicks += sign
      else counts.set(id, { day, dimension, key, clicks: sign })
    }
  }
  const values = [...counts.values()]
  const out: Statement[] = []
  // 500 rows × 4 parameters per statement, well under both engines' parameter limits.
  for (let i = 0; i < values.length; i += 500) {
    const chunk = values.slice(i, i + 500)
    out.push({
      sql: `INSERT INTO click_rollups (day, dimension, key, clicks) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')} ${UPSERT}`,
      args: chunk.flatMap((v) => [v.day, v.dimension, v.key, v.clicks]),
    })
  }
  return out
}

/** Recomputes every click rollup from the clicks table. */
export const rebuildClickRollups = (engine: 'sqlite' | 'postgres'): Statement[] => {
  const human = engine === 'postgres' ? 'human = true' : 'human = 1'
  const bot = engine === 'postgres' ? 'human = false' : 'human = 0'
  const parts = [
    ...CLICK_DIMENSIONS.map((d) => `SELECT ${daySql(engine, 'at')} AS day, '${d}' AS dimension, ${KEY_SQL[d]} AS key, COUNT(*) AS clicks FROM clicks WHERE ${human} GROUP BY 1, 3`),
    `SELECT ${daySql(engine, 'at')} AS day, '${BOT_CLICKS_DIMENSION}' AS dimension, ${KEY_SQL.CONTENT} AS key, COUNT(*) AS clicks FROM clicks WHERE ${bot} GROUP BY 1, 3`,
  ]
  return [
    ...(engine === 'postgres' ? [{ sql: 'LOCK TABLE click_rollups IN EXCLUSIVE MODE', args: [] }] : []),
    { sql: 'DELETE FROM click_rollups', args: [] },
    { sql: `INSERT INTO click_rollups (day, dimension, key, clicks) SELECT day, dimension, key, clicks FROM (${parts.join(' UNION ALL ')}) AS d WHERE true`, args: [] },
  ]
}
