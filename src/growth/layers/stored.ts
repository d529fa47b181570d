import type { Payload } from 'payload'

import { querySql, sqlEngine } from '../../db/raw-sql'
import { selectTuples, toMs } from './dialect'
import type { Stored } from './plan'

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ')
const num = (v: unknown) => (v == null ? null : Number(v))
const text = (v: unknown) => (v == null ? null : v instanceof Date ? v.toISOString() : String(v))

const COLUMNS = ['id', 'account_id', 'layer_id', 'sub_tier', 'layer_since', 'revenue_to_date', 'purchases', 'last_activity_at', 'layer_counts'] as const

/** JSON columns come back as text from SQLite and parsed from PostgreSQL. */
const counts = (v: unknown): Record<string, number> | null => (v == null ? null : typeof v === 'string' ? (JSON.parse(v) as Record<string, number>) : (v as Record<string, number>))

const toStored = (r: unknown[]): Stored => ({
  id: Number(r[0]),
  accountId: num(r[1]),
  layerId: num(r[2]),
  subTier: text(r[3]),
  layerSince: text(r[4]),
  revenue: num(r[5]),
  purchases: num(r[6]),
  lastActivityAt: toMs(r[7]),
  counts: counts(r[8]),
})

/** Stored standings of `table` (accounts have no account: NULL), all or those matching `where`. */
const standings = async (payload: Payload, table: 'contacts' | 'accounts', where: string, args: unknown[]): Promise<Stored[]> => {
  const engine = sqlEngine(payload)
  if (!engine) return []
  const columns = COLUMNS.map((c) => ((c === 'account_id' || c === 'layer_counts') && table === 'accounts' ? `NULL AS ${c}` : c)).join(', ')
  return (await selectTuples(payload, engine, `SELECT ${columns} FROM ${table} ${where}`, args, COLUMNS)).map(toStored)
}

/** Contacts' stored standings and accounts: all of them, or those of `ids`. */
export const storedContacts = async (payload: Payload, ids?: number[]): Promise<Stored[]> =>
  ids?.length === 0 ? [] : standings(payload, 'contacts', ids ? `WHERE id IN (${placeholders(ids.length)})` : '', ids ?? [])

export const storedAccounts = async (payload: Payload, ids?: number[]): Promise<Stored[]> =>
  ids?.length === 0 ? [] : standings(payload, 'accounts', ids ? `WHERE id IN (${placeholders(ids.length)})` : '', ids ?? [])

/** Every contact of these accounts (an account's aggregate sums them all). */
export const contactsOfAccounts = async (payload: Payload, accountIds: number[]): Promise<Stored[]> =>
  accountIds.length ? standings(payload, 'contacts', `WHERE account_id IN (${placeholders(accountIds.length)})`, accountIds) : []

/** The browser ids of contacts: their `anonymous:` and `user:` identities. */
export const browserIdsOf = async (payload: Payload, contactIds: number[]): Promise<{ anonymousIds: string[]; userIds: string[] }> => {
  const engine = sqlEngine(payload)
  if (!engine || contactIds.length === 0) return { anonymousIds: [], userIds: [] }
  const rows = await selectTuples(payload, engine, `SELECT key FROM identities WHERE contact_id IN (${placeholders(contactIds.length)})`, contactIds, ['key'])
  const keys = rows.map((r) => String(r[0]))
  const strip = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length))
  return { anonymousIds: strip('anonymous:'), userIds: strip('user:') }
}

/** The contacts that `anonymous:` / `user:` identity keys belong to. */
export const contactsOfKeys = async (payload: Payload, keys: string[]): Promise<Map<string, number>> => {
  const out = new Map<string, number>()
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500)
    for (const r of (await querySql(payload, `SELECT key, contact_id FROM identities WHERE key IN (${placeholders(chunk.length)})`, chunk)) ?? []) out.set(String(r.key), Number(r.contact_id))
  }
  return out
}
