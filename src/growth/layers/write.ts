import type { Payload } from 'payload'

import { insertStatements } from '../../attribution/buffer/bulk-insert'
import { querySql, transaction, type Statement } from '../../db/raw-sql'
import type { SqlEngine } from './dialect'

/** A subject's new standing, as its columns (contacts and accounts share them). */
export type StandingRow = {
  id: number
  layer_id: number | null
  sub_tier: string | null
  layer_since: string | null
  revenue_to_date: number
  purchases: number
  last_activity_at: string | null
  /** Contacts only: their counts as JSON. */
  layer_counts?: string
}

/** A `layer-transitions` row by field name (see collections/LayerTransitions.ts). */
export type TransitionRow = {
  subjectType: 'contact' | 'account'
  contactId: number | null
  accountId: number | null
  fromLayer: string | null
  toLayer: string | null
  fromSubTier: string | null
  toSubTier: string | null
  direction: 'up' | 'down' | 'lateral'
  at: string
  triggerKind: 'event' | 'conversion' | 'recompute' | 'dormancy'
  triggerEvent: string | null
  triggerId: string | null
  creditedAt: null
}

const ACCOUNT_COLUMNS = ['id', 'layer_id', 'sub_tier', 'layer_since', 'revenue_to_date', 'purchases', 'last_activity_at'] as const
const CONTACT_COLUMNS = [...ACCOUNT_COLUMNS, 'layer_counts'] as const
const columnsOf = (table: 'contacts' | 'accounts'): readonly (keyof StandingRow)[] => (table === 'contacts' ? CONTACT_COLUMNS : ACCOUNT_COLUMNS)
/** Subjects per statement and per transaction: 500 × 8 parameters stays far under both engines' limits. */
const ROWS_PER_STATEMENT = 500
const ROWS_PER_TRANSACTION = 5000
const PG_PARALLEL_TRANSACTIONS = 2

const udtCache = new Map<string, Map<string, string>>()

/** PostgreSQL column types (enums included), read once per table, for the casts of `unnest`. */
const pgTypes = async (payload: Payload, table: string): Promise<Map<string, string>> => {
  const cached = udtCache.get(table)
  if (cached) return cached
  const rows = (await querySql(payload, 'select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = ?', [table])) ?? []
  const types = new Map(rows.map((r) => [String(r.column_name), String(r.udt_name)]))
  udtCache.set(table, types)
  return types
}

/** SQLite: `WITH v(…) AS (VALUES …) UPDATE … FROM v`, one statement per 500 subjects. */
const sqliteUpdates = (table: 'contacts' | 'accounts', rows: StandingRow[]): Statement[] => {
  const COLUMNS = columnsOf(table)
  const out: Statement[] = []
  const set = COLUMNS.slice(1).map((c) => `${c} = v.${c}`).join(', ')
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(i, i + ROWS_PER_STATEMENT)
    const values = chunk.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ')
    out.push({ sql: `WITH v(${COLUMNS.join(', ')}) AS (VALUES ${values}) UPDATE "${table}" SET ${set} FROM v WHERE "${table}".id = v.id`, args: chunk.flatMap((r) => COLUMNS.map((c) => r[c] ?? null)) })
  }
  return out
}

/** PostgreSQL: one `UPDATE … FROM unnest(…)` per 5,000 subjects, each column one typed array parameter. */
const postgresUpdates = (table: 'contacts' | 'accounts', rows: StandingRow[], types: Map<string, string>): Statement[] => {
  const COLUMNS = columnsOf(table)
  const cast = (c: string) => {
    const t = types.get(c)
    if (!t) throw new Error(`layers: ${table} has no column ${c} (schema not migrated?)`)
    return t
  }
  const set = COLUMNS.slice(1).map((c) => `${c} = v.${c}`).join(', ')
  return [
    {
      sql: `UPDATE "${table}" AS t SET ${set} FROM unnest(${COLUMNS.map((c) => `?::"${cast(c)}"[]`).join(', ')}) AS v(${COLUMNS.join(', ')}) WHERE t.id = v.id`,
      args: COLUMNS.map((c) => rows.map((r) => r[c] ?? null)),
    },
  ]
}

/** PostgreSQL: the transitions as one `INSERT … SELECT * FROM unnest(…)`. */
const postgresInsert = (rows: TransitionRow[], types: Map<string, string>): Statement[] => {
  if (rows.length === 0) return []
  const fields = Object.keys(rows[0]) as (keyof TransitionRow)[]
  const column = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
  return [
    {
      sql: `INSERT INTO layer_transitions (${fields.map(column).join(', ')}) SELECT * FROM unnest(${fields.map((f) => `?::"${types.get(column(f))}"[]`).join(', ')})`,
      args: fields.map((f) => rows.map((r) => r[f])),
    },
  ]
}

/**
 * Writes new standings of contacts or accounts and their transitions, a few thousand subjects per
 * transaction: a subject's new layer and the transition that records the move commit together.
 * Transitions must belong to the subjects of `rows` (ordered alike is not required).
 */
export const writeStandings = async (payload: Payload, engine: SqlEngine, table: 'contacts' | 'accounts', rows: StandingRow[], transitions: TransitionRow[]): Promise<void> => {
  const types = engine === 'postgres' ? { table: await pgTypes(payload, table), transitions: await pgTypes(payload, 'layer_transitions') } : null
  const subjectOf = (t: TransitionRow) => (table === 'contacts' ? t.contactId : t.accountId)
  const byId = new Map<number, TransitionRow[]>()
  for (const t of transitions) byId.set(subjectOf(t)!, [...(byId.get(subjectOf(t)!) ?? []), t])
  const chunks: StandingRow[][] = []
  for (let i = 0; i < rows.length; i += ROWS_PER_TRANSACTION) chunks.push(rows.slice(i, i + ROWS_PER_TRANSACTION))
  const write = (chunk: StandingRow[]) => {
    const moved = chunk.flatMap((r) => byId.get(r.id) ?? [])
    return transaction(
      payload,
      types
        ? [...postgresUpdates(table, chunk, types.table), ...postgresInsert(moved, types.transitions)]
        : [...sqliteUpdates(table, chunk), ...insertStatements('sqlite', 'layer_transitions', moved)],
    )
  }
  // PostgreSQL: two transactions at a time on two pooled connections (the chunks touch disjoint rows;
  // the server updates indexes on one core per connection). SQLite has one writer: one at a time.
  const lanes = types ? PG_PARALLEL_TRANSACTIONS : 1
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(lanes, chunks.length) }, async () => {
      while (next < chunks.length) await write(chunks[next++])
    }),
  )
}
