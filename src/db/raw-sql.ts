import type { Payload } from 'payload'

/** One SQL statement with `?` placeholders (rewritten to `$n` for PostgreSQL). */
export type Statement = { sql: string; args: unknown[] }
type Row = Record<string, unknown>

type Libsql = {
  execute: (q: Statement) => Promise<{ rows: Row[] }>
  batch: (statements: Statement[], mode: 'write') => Promise<unknown>
}
type PgClient = { query: (sql: string, args?: unknown[]) => Promise<{ rows: Row[] }>; release: (err?: Error) => void }
type PgPool = { query: (sql: string, args: unknown[]) => Promise<{ rows: Row[] }>; connect: () => Promise<PgClient> }

/** The SQL engine behind Payload's adapter; undefined on MongoDB. */
export const sqlEngine = (payload: Payload): 'sqlite' | 'postgres' | undefined =>
  payload.db.name === 'sqlite' || payload.db.name === 'postgres' ? payload.db.name : undefined

/** `?` placeholders as PostgreSQL's `$1, $2, …`. */
export const numbered = (text: string): string => {
  let n = 0
  return text.replace(/\?/g, () => `$${++n}`)
}

/** Runs one query on the SQL engines (analytics beside Payload's own queries); undefined on MongoDB. */
export const querySql = async (payload: Payload, text: string, args: unknown[] = []): Promise<Row[] | undefined> => {
  const engine = sqlEngine(payload)
  if (engine === 'sqlite') return (await (payload.db as unknown as { client: Libsql }).client.execute({ sql: text, args })).rows
  if (engine === 'postgres') return (await (payload.db as unknown as { pool: PgPool }).pool.query(numbered(text), args)).rows
  return undefined
}

/**
 * Runs statements in one transaction on the SQL engines: all of them or none (a libsql write batch;
 * BEGIN … COMMIT on one pooled PostgreSQL connection). Throws on MongoDB.
 */
export const transaction = async (payload: Payload, statements: Statement[]): Promise<void> => {
  if (statements.length === 0) return
  const engine = sqlEngine(payload)
  if (engine === 'sqlite') {
    await (payload.db as unknown as { client: Libsql }).client.batch(statements, 'write')
    return
  }
  if (engine !== 'postgres') throw new Error(`transaction: raw SQL is not available on ${payload.db.name}`)
  const client = await (payload.db as unknown as { pool: PgPool }).pool.connect()
  try {
    await client.query('BEGIN')
    for (const s of statements) await client.query(numbered(s.sql), s.args)
    await client.query('COMMIT')
    client.release()
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined)
    client.release(err as Error)
    throw err
  }
}
