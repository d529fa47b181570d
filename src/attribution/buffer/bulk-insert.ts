import type { CollectionSlug, Payload } from 'payload'

type Row = Record<string, unknown>

/** Rows per INSERT statement: well under SQLite's bound-parameter limit for a dozen columns. */
const ROWS_PER_STATEMENT = 500

type DrizzleAdapter = {
  drizzle: { transaction: <R>(fn: (tx: { insert: (table: unknown) => { values: (rows: Row[]) => Promise<unknown> } }) => Promise<R>) => Promise<R> }
  tables: Record<string, unknown>
}
type MongoAdapter = { collections: Record<string, { collection: { insertMany: (docs: Row[], options: { ordered: boolean }) => Promise<unknown> } }> }

/**
 * Inserts many rows into a flat collection (scalar fields only) in one transaction, beside Payload's
 * per-document pipeline (no hooks, no access: only for Flywheel's own event tables). Keys are the
 * field names; dates are ISO strings.
 */
export const bulkInsert = async (payload: Payload, collection: CollectionSlug, rows: Row[]): Promise<void> => {
  if (rows.length === 0) return
  const now = new Date().toISOString()
  const stamped = rows.map((row) => ({ ...row, createdAt: now, updatedAt: now }))
  if (payload.db.name === 'mongoose') {
    const { collections } = payload.db as unknown as MongoAdapter
    const toDates = stamped.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && (k === 'at' || k.endsWith('At')) ? new Date(v) : v])),
    )
    await collections[collection].collection.insertMany(toDates, { ordered: true })
    return
  }
  const db = payload.db as unknown as DrizzleAdapter
  const table = db.tables[collection.replace(/-/g, '_')]
  if (!table) throw new Error(`bulkInsert: no table for ${collection}`)
  await db.drizzle.transaction(async (tx) => {
    for (let i = 0; i < stamped.length; i += ROWS_PER_STATEMENT) {
      await tx.insert(table).values(stamped.slice(i, i + ROWS_PER_STATEMENT))
    }
  })
}
