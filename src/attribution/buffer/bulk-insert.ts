import type { CollectionSlug, Payload } from 'payload'

import { numbered, type Statement } from '../../db/raw-sql'

type Row = Record<string, unknown>

/** Rows per INSERT statement: 500 × a dozen columns stays under both engines' parameter limits. */
const ROWS_PER_STATEMENT = 500

type Libsql = { batch: (statements: Statement[], mode: 'write') => Promise<unknown> }
type PgPool = { connect: () => Promise<{ query: (sql: string, args?: unknown[]) => Promise<unknown>; release: (err?: Error) => void }> }
type MongoAdapter = { collections: Record<string, { collection: { insertMany: (docs: Row[], options: { ordered: boolean }) => Promise<unknown> } }> }

/** Payload's column names: field names in snake_case. */
const column = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

const statements = (table: string, rows: Row[], placeholder: (n: number) => string, value: (v: unknown) => unknown, verb = 'INSERT'): Statement[] => {
  const fields = Object.keys(rows[0])
  const head = `${verb} INTO "${table}" (${fields.map((f) => `"${column(f)}"`).join(', ')}) VALUES `
  const out: Statement[] = []
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT)
    const args: unknown[] = []
    const groups = chunk.map((row) => `(${fields.map((f) => (args.push(value(row[f])), placeholder(args.length))).join(', ')})`)
    out.push({ sql: head + groups.join(', '), args })
  }
  return out
}

type PgClient = Awaited<ReturnType<PgPool['connect']>>
const columnTypes = new Map<string, Map<string, string>>()

/** `INSERT … SELECT * FROM unnest($1::type[], …)`: the column types are read once per table. */
const postgresUnnest = async (client: PgClient, table: string, rows: Row[]) => {
  let types = columnTypes.get(table)
  if (!types) {
    const result = (await client.query(
      `select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = $1`,
      [table],
    )) as { rows: { column_name: string; udt_name: string }[] }
    types = new Map(result.rows.map((r) => [r.column_name, r.udt_name]))
    columnTypes.set(table, types)
  }
  const fields = Object.keys(rows[0])
  const casts = fields.map((f, i) => {
    const type = types.get(column(f))
    if (!type) throw new Error(`bulkInsert: ${table} has no column ${column(f)}`)
    return `$${i + 1}::"${type}"[]`
  })
  return {
    sql: `INSERT INTO "${table}" (${fields.map((f) => `"${column(f)}"`).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
    args: fields.map((f) => rows.map((row) => sqlValue(false)(row[f] ?? null))),
  }
}

/** JSON fields travel as text; booleans as 0/1 for SQLite. */
const sqlValue = (sqlite: boolean) => (v: unknown) =>
  typeof v === 'boolean' && sqlite ? Number(v) : v !== null && typeof v === 'object' ? JSON.stringify(v) : v

/** Multi-row INSERTs of rows into a table, with `?` placeholders (for `transaction` in src/db/raw-sql.ts). */
export const insertStatements = (engine: 'sqlite' | 'postgres', table: string, rows: Row[]): Statement[] =>
  rows.length ? statements(table, rows, () => '?', sqlValue(engine === 'sqlite')) : []

export type BulkInsertOptions = {
  /** Skip rows that collide with a unique index (deduplication) instead of failing the batch. */
  ignoreDuplicates?: boolean
  /** More statements for the same transaction (SQL engines only), e.g. rollups of the batch. */
  alsoRun?: Statement[]
}

/**
 * Inserts many rows into one of Flywheel's own flat event collections (scalar fields only, every row
 * with the same keys) in one transaction, as raw multi-row INSERTs beside Payload's per-document
 * pipeline (no hooks, no access control). Keys are field names; dates are ISO strings.
 */
export const bulkInsert = async (payload: Payload, collection: CollectionSlug, rows: Row[], options: BulkInsertOptions = {}): Promise<void> => {
  if (rows.length === 0) return
  const now = new Date().toISOString()
  const stamped = payload.collections[collection].config.timestamps === false ? rows : rows.map((row) => ({ ...row, createdAt: now, updatedAt: now }))
  const table = collection.replace(/-/g, '_')
  const adapter = payload.db.name
  const alsoRun = options.alsoRun ?? []
  if (adapter === 'sqlite') {
    const client = (payload.db as unknown as { client: Libsql }).client
    // A libsql batch runs in one write transaction.
    await client.batch([...statements(table, stamped, () => '?', sqlValue(true), options.ignoreDuplicates ? 'INSERT OR IGNORE' : 'INSERT'), ...alsoRun], 'write')
    return
  }
  if (adapter === 'postgres') {
    const pool = (payload.db as unknown as { pool: PgPool }).pool
    const client = await pool.connect()
    try {
      const { sql, args } = await postgresUnnest(client, table, stamped)
      // One statement per batch: each column travels as one array parameter.
      if (alsoRun.length) await client.query('BEGIN')
      await client.query(options.ignoreDuplicates ? `${sql} ON CONFLICT DO NOTHING` : sql, args)
      for (const s of alsoRun) await client.query(numbered(s.sql), s.args)
      if (alsoRun.length) await client.query('COMMIT')
      client.release()
    } catch (err) {
      if (alsoRun.length) await client.query('ROLLBACK').catch(() => undefined)
      client.release(err as Error)
      throw err
    }
    return
  }
  const { collections } = payload.db as unknown as MongoAdapter
  const docs = stamped.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && (k === 'at' || k.endsWith('At')) ? new Date(v) : v])),
  )
  try {
    await collections[collection].collection.insertMany(docs, { ordered: !options.ignoreDuplicates })
  } catch (err) {
    // Unordered: every other document is inserted; only duplicate-key errors (11000) are expected.
    const writeErrors = (err as { writeErrors?: { code?: number }[] }).writeErrors
    if (!options.ignoreDuplicates || !writeErrors?.length || writeErrors.some((e) => e.code !== 11000)) throw err
  }
}
