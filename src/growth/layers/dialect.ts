import type { Payload } from 'payload'

import { querySql } from '../../db/raw-sql'

/**
 * The SQL that differs between SQLite and PostgreSQL in the layers engine, chosen in one place.
 * (MongoDB has no SQL: the engine refuses there, see recompute.ts.)
 */
export type SqlEngine = 'sqlite' | 'postgres'

/** The dedupe key (`<sourceId>:<idempotencyKey>`) of the conversion a refund names in `properties.refundOf`. */
export const refundedKey = (engine: SqlEngine, alias: string): string =>
  engine === 'sqlite'
    ? `CAST(${alias}.source_id AS INTEGER) || ':' || json_extract(${alias}.properties, '$.refundOf')`
    : `(${alias}.source_id::bigint)::text || ':' || (${alias}.properties->>'refundOf')`

/** Timestamps come back as ISO text from SQLite and as Date objects from PostgreSQL. */
export const toMs = (value: unknown): number | null => {
  if (value == null) return null
  const ms = value instanceof Date ? value.getTime() : Date.parse(String(value))
  return Number.isFinite(ms) ? ms : null
}

/** PostgreSQL returns SUM over numeric and bigint as strings. */
export const toNumber = (value: unknown): number => (value == null ? 0 : Number(value))

/**
 * Runs a SELECT and returns its rows as arrays of `columns`. On SQLite the rows travel as one JSON
 * document (`json_group_array`): libsql builds a JavaScript object per row, which costs more than the
 * query itself at a hundred thousand rows (measured: 10,000 contacts in 330 ms as rows, 12 ms as JSON).
 */
export const selectTuples = async (payload: Payload, engine: SqlEngine, sql: string, args: unknown[], columns: readonly string[]): Promise<unknown[][]> => {
  if (engine === 'sqlite') {
    const rows = await querySql(payload, `SELECT json_group_array(json_array(${columns.join(', ')})) AS j FROM (${sql})`, args)
    return JSON.parse(String(rows?.[0]?.j ?? '[]')) as unknown[][]
  }
  return ((await querySql(payload, sql, args)) ?? []).map((r) => columns.map((c) => r[c]))
}
