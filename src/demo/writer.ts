import type { CollectionSlug, Payload } from 'payload'

import { bulkInsert } from '../attribution/buffer/bulk-insert'
import { querySql, type Statement } from '../db/raw-sql'

type Row = Record<string, unknown>

/** Rows per bulk statement batch: 5,000 (bulkInsert splits further where an engine needs it). */
export const FLUSH_AT = 5000

/**
 * Rows waiting per collection, written 5,000 at a time with bulkInsert (raw multi-row INSERTs, no
 * hooks, one transaction per batch).
 */
export const bufferedWriter = (payload: Payload, order: readonly CollectionSlug[]) => {
  // Tables in `order` first: rows that point at others (foreign keys) are written after them.
  const pending = new Map<CollectionSlug, Row[]>(order.map((c) => [c, []]))
  const flushOne = async (collection: CollectionSlug) => {
    const rows = pending.get(collection) ?? []
    while (rows.length > 0) await bulkInsert(payload, collection, rows.splice(0, FLUSH_AT))
  }
  return {
    push: (collection: CollectionSlug, row: Row) => {
      const rows = pending.get(collection)
      if (rows) rows.push(row)
      else pending.set(collection, [row])
    },
    /**
     * Once a table has a full batch waiting (or with `all`), writes everything waiting, table by table in
     * `order`, so a row is never written before the rows it points at.
     */
    flush: async (all = false) => {
      if (!all && ![...pending.values()].some((rows) => rows.length >= FLUSH_AT)) return
      for (const collection of pending.keys()) await flushOne(collection)
    },
  }
}
export type BufferedWriter = ReturnType<typeof bufferedWriter>

/**
 * Ids given out in the process (rows are inserted with their id, so rows that point at them can be
 * made before they are written); `sequences` moves PostgreSQL's past them.
 */
export const idAllocator = async (payload: Payload, tables: readonly string[]) => {
  const next = new Map<string, number>()
  for (const table of tables) {
    const rows = await querySql(payload, `SELECT COALESCE(MAX(id), 0) AS n FROM "${table}"`)
    next.set(table, Number(rows?.[0]?.n ?? 0) + 1)
  }
  return {
    /** The id `take` gives next. */
    peek: (table: string): number => next.get(table) ?? 0,
    take: (table: string): number => {
      const id = next.get(table)
      if (id === undefined) throw new Error(`demo: no id allocator for ${table}`)
      next.set(table, id + 1)
      return id
    },
    /** PostgreSQL serial columns do not see explicit ids: set each sequence to the table's highest id. */
    sequences: (): Statement[] =>
      payload.db.name === 'postgres'
        ? tables.map((t) => ({ sql: `SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM "${t}"))`, args: [] }))
        : [],
  }
}
export type IdAllocator = Awaited<ReturnType<typeof idAllocator>>
