import type { Payload } from 'payload'

import { querySql } from '../../db/raw-sql'

/**
 * Aggregates over the growth ledger (table growth_ledger) in SQL both engines share. A "grant" is an
 * entry that reverses nothing; it is "active" while no counter-entry reverses it.
 */
const NOT_REVERSED = 'NOT EXISTS (SELECT 1 FROM growth_ledger r WHERE r.reverses_id = g.id)'

const rows = async (payload: Payload, sql: string, args: unknown[]) => {
  const result = await querySql(payload, sql, args)
  if (!result) throw new Error('the growth ledger needs SQLite or PostgreSQL')
  return result
}
/** A LIKE pattern matching `text` literally (with `ESCAPE '\\'`). */
const literal = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`)
const n = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value))
const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null)

/** How many grants the user has of (rule, source), and how many of them are still active. */
export const grantsOfSource = async (payload: Payload, user: number, rule: string, source: string) => {
  const [row] = await rows(
    payload,
    `SELECT COUNT(*) AS total, COALESCE(SUM(CASE WHEN ${NOT_REVERSED} THEN 1 ELSE 0 END), 0) AS active
       FROM growth_ledger g WHERE g.user_id = ? AND g.rule = ? AND g.source = ? AND g.reverses_id IS NULL`,
    [user, rule, source],
  )
  return { total: n(row?.total), active: n(row?.active) }
}

/** Grants (reversed or not: a cap counts attempts that paid out) of a rule by a user in [from, to). */
export const grantsInPeriod = async (payload: Payload, user: number, rule: string, from: Date, to: Date): Promise<number> => {
  const [row] = await rows(
    payload,
    'SELECT COUNT(*) AS total FROM growth_ledger g WHERE g.user_id = ? AND g.rule = ? AND g.reverses_id IS NULL AND g.at >= ? AND g.at < ?',
    [user, rule, from.toISOString(), to.toISOString()],
  )
  return n(row?.total)
}

export type ActiveGrant = { id: number; source: string; detail: string | null; units: number; at: string }

/** A user's active grants of a rule, optionally by source prefix (also after `#`), detail and period. */
export const activeGrants = async (
  payload: Payload,
  user: number,
  rule: string,
  filter: { sourcePrefix?: string | null; sources?: string[]; detail?: string | null; from?: Date; to?: Date } = {},
): Promise<ActiveGrant[]> => {
  const where = ['g.user_id = ?', 'g.rule = ?', 'g.reverses_id IS NULL', NOT_REVERSED]
  const args: unknown[] = [user, rule]
  if (filter.sourcePrefix) {
    where.push("(g.source LIKE ? ESCAPE '\\' OR g.source LIKE ? ESCAPE '\\')")
    args.push(`${literal(filter.sourcePrefix)}%`, `%#${literal(filter.sourcePrefix)}%`)
  }
  if (filter.sources) {
    if (filter.sources.length === 0) return []
    where.push(`g.source IN (${filter.sources.map(() => '?').join(', ')})`)
    args.push(...filter.sources)
  }
  if (filter.detail) {
    where.push('g.detail = ?')
    args.push(filter.detail)
  }
  if (filter.from) {
    where.push('g.at >= ?')
    args.push(filter.from.toISOString())
  }
  if (filter.to) {
    where.push('g.at < ?')
    args.push(filter.to.toISOString())
  }
  const found = await rows(payload, `SELECT g.id, g.source, g.detail, g.units, g.at FROM growth_ledger g WHERE ${where.join(' AND ')} ORDER BY g.at, g.id`, args)
  return found.map((r) => ({ id: n(r.id), source: String(r.source), detail: (r.detail as string | null) ?? null, units: n(r.units), at: iso(r.at)! }))
}

/** Active grants of (source or `source#…`), optionally of one rule and user: what a reversal counters. */
export const activeGrantsOfSource = async (payload: Payload, source: string, filter: { rule?: string; user?: number } = {}) => {
  const where = ["(g.source = ? OR g.source LIKE ? ESCAPE '\\')", 'g.reverses_id IS NULL', NOT_REVERSED]
  const args: unknown[] = [source, `${literal(source)}#%`]
  if (filter.rule) {
    where.push('g.rule = ?')
    args.push(filter.rule)
  }
  if (filter.user) {
    where.push('g.user_id = ?')
    args.push(filter.user)
  }
  const found = await rows(payload, `SELECT g.id, g.user_id, g.rule, g.delta, g.units, g.source, g.detail FROM growth_ledger g WHERE ${where.join(' AND ')} ORDER BY g.id`, args)
  return found.map((r) => ({ id: n(r.id), user: n(r.user_id), rule: String(r.rule), delta: n(r.delta), units: n(r.units), source: String(r.source), detail: (r.detail as string | null) ?? null }))
}

/** Lifetime value, value since `since`, and the last grant's time: the inputs of a user's level. */
export const growthTotals = async (payload: Payload, user: number, since: Date) => {
  const [row] = await rows(
    payload,
    `SELECT COALESCE(SUM(g.delta), 0) AS value,
            COALESCE(SUM(CASE WHEN g.at >= ? THEN g.delta ELSE 0 END), 0) AS recent,
            MAX(CASE WHEN g.reverses_id IS NULL THEN g.at END) AS last_activity
       FROM growth_ledger g WHERE g.user_id = ?`,
    [since.toISOString(), user],
  )
  return { value: n(row?.value), recentValue: n(row?.recent), lastActivityAt: iso(row?.last_activity) }
}

/** The cached growth of a user (users.growth_*). */
export const cachedGrowth = async (payload: Payload, user: number) => {
  const [row] = await rows(payload, 'SELECT growth_value, growth_level, growth_level_since, growth_last_activity_at FROM users WHERE id = ?', [user])
  if (!row) return null
  return { value: n(row.growth_value), level: row.growth_level === null || row.growth_level === undefined ? null : n(row.growth_level), levelSince: iso(row.growth_level_since), lastActivityAt: iso(row.growth_last_activity_at) }
}

export const writeGrowth = async (payload: Payload, user: number, g: { value: number; level: number; levelSince: string | null; lastActivityAt: string | null }) => {
  await rows(payload, 'UPDATE users SET growth_value = ?, growth_level = ?, growth_level_since = ?, growth_last_activity_at = ? WHERE id = ?', [g.value, g.level, g.levelSince, g.lastActivityAt, user])
}

/** Ids of users who have ledger entries or a cached level (what the nightly recompute walks). */
export const usersWithGrowth = async (payload: Payload): Promise<number[]> =>
  (await rows(payload, 'SELECT id FROM users WHERE growth_level IS NOT NULL UNION SELECT DISTINCT user_id AS id FROM growth_ledger', [])).map((r) => n(r.id))

/** Σ delta per user in [from, to) and when each reached it (the last entry), for users of a team (or all). */
export const periodSums = async (payload: Payload, from: Date | null, to: Date | null, team: string | null) => {
  const where = ['1 = 1']
  const args: unknown[] = []
  if (from) {
    where.push('g.at >= ?')
    args.push(from.toISOString())
  }
  if (to) {
    where.push('g.at < ?')
    args.push(to.toISOString())
  }
  if (team) {
    where.push('u.team = ?')
    args.push(team)
  }
  const found = await rows(
    payload,
    `SELECT g.user_id, SUM(g.delta) AS total, MAX(g.at) AS reached FROM growth_ledger g JOIN users u ON u.id = g.user_id
      WHERE ${where.join(' AND ')} GROUP BY g.user_id`,
    args,
  )
  return found.map((r) => ({ user: n(r.user_id), value: n(r.total), reachedAt: iso(r.reached)! }))
}
