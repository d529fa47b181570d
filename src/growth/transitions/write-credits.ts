import type { Payload } from 'payload'

import { insertStatements } from '../../attribution/buffer/bulk-insert'
import { numbered, sqlEngine, type Statement } from '../../db/raw-sql'

export type TransitionCreditRow = Record<string, unknown> & { transitionId: number }

/** One transition's credits, ready to write. */
export type TransitionCredits = { transitionId: number; rows: TransitionCreditRow[] }

type Row = Record<string, unknown>
type Libsql = { batch: (statements: Statement[], mode: 'write') => Promise<{ rows: Row[] }[]> }
type PgClient = { query: (sql: string, args?: unknown[]) => Promise<{ rows: Row[] }>; release: (err?: Error) => void }
type PgPool = { connect: () => Promise<PgClient> }

/** Rows per INSERT: 16 columns × 300 stays far below both engines' parameter limits. */
const CHUNK = 300

const chunks = <T>(items: T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/**
 * Writes the credits of transitions nobody has credited yet and marks them credited at `creditedAt`, in
 * one transaction; returns the ids this call claimed. A transition another run credited meanwhile is
 * skipped (its rows are not written twice), so concurrent runs are safe:
 *  - PostgreSQL: the claim locks the transitions' rows (FOR UPDATE, in id order); a second claimer waits,
 *    then finds them credited and writes nothing.
 *  - SQLite: one write batch (writers are serialised); each transition's rows are inserted only while it
 *    is still uncredited, and the final UPDATE … RETURNING says which ones this batch claimed.
 */
export const claimAndWrite = async (payload: Payload, batch: TransitionCredits[], creditedAt: string): Promise<Set<number>> => {
  if (batch.length === 0) return new Set()
  const engine = sqlEngine(payload)
  const ids = batch.map((t) => t.transitionId)
  if (engine === 'postgres') {
    const client = await (payload.db as unknown as { pool: PgPool }).pool.connect()
    try {
      await client.query('BEGIN')
      const claimed = await client.query(
        `UPDATE layer_transitions SET credited_at = $1 WHERE id IN (SELECT id FROM layer_transitions WHERE id = ANY($2) AND credited_at IS NULL ORDER BY id FOR UPDATE) RETURNING id`,
        [creditedAt, ids],
      )
      const mine = new Set(claimed.rows.map((r) => Number(r.id)))
      const rows = batch.filter((t) => mine.has(t.transitionId)).flatMap((t) => t.rows)
      if (mine.size) await client.query('DELETE FROM transition_credits WHERE transition_id = ANY($1)', [[...mine]])
      for (const s of insertStatements('postgres', 'transition_credits', rows)) await client.query(numbered(s.sql), s.args)
      await client.query('COMMIT')
      client.release()
      return mine
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      client.release(err as Error)
      throw err
    }
  }
  if (engine === 'sqlite') {
    const uncredited = 'EXISTS (SELECT 1 FROM layer_transitions WHERE id = ? AND credited_at IS NULL)'
    const statements: Statement[] = []
    for (const t of batch) {
      statements.push({ sql: `DELETE FROM transition_credits WHERE transition_id = ? AND ${uncredited}`, args: [t.transitionId, t.transitionId] })
      for (const part of chunks(t.rows, CHUNK))
        for (const s of insertStatements('sqlite', 'transition_credits', part)) {
          // INSERT INTO t (cols) VALUES (…), (…)  →  INSERT INTO t (cols) SELECT * FROM (VALUES (…), (…)) WHERE <uncredited>
          const [head, values] = s.sql.split(' VALUES ')
          statements.push({ sql: `${head} SELECT * FROM (VALUES ${values}) WHERE ${uncredited}`, args: [...s.args, t.transitionId] })
        }
    }
    statements.push({ sql: `UPDATE layer_transitions SET credited_at = ? WHERE id IN (${ids.map(() => '?').join(', ')}) AND credited_at IS NULL RETURNING id`, args: [creditedAt, ...ids] })
    const results = await (payload.db as unknown as { client: Libsql }).client.batch(statements, 'write')
    return new Set(results[results.length - 1].rows.map((r) => Number(r.id)))
  }
  // MongoDB: one transition after another (not safe against a concurrent run).
  const mine = new Set<number>()
  for (const t of batch) {
    const { docs } = await payload.update({ collection: 'layer-transitions', where: { and: [{ id: { equals: t.transitionId } }, { creditedAt: { exists: false } }] }, data: { creditedAt }, overrideAccess: true, depth: 0 })
    if (!docs.length) continue
    mine.add(t.transitionId)
    for (const row of t.rows) await payload.create({ collection: 'transition-credits', data: row as never, overrideAccess: true })
  }
  return mine
}
