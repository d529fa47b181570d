import type { Payload } from 'payload'

import type { CountRequirement } from './config'
import { refundedKey, selectTuples, toMs, toNumber, type SqlEngine } from './dialect'
import { emptyMetrics, type Metrics } from './rules'

const DAY_MS = 86_400_000

export type AggregateOptions = {
  engine: SqlEngine
  requirements: CountRequirement[]
  /** Reporting currency: revenue in another currency is left out. */
  currency: string
  now: number
  /** Only these contacts (the incremental path); all of them when absent. */
  contactIds?: number[]
  /** Their browser ids (`anonymous:` / `user:` identities), to find their events by index. */
  anonymousIds?: string[]
  userIds?: string[]
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ')

/** `SUM(CASE WHEN <name matches and inside the window> THEN 1 ELSE 0 END) AS c<i>` per requirement. */
const countColumns = (alias: string, requirements: CountRequirement[], now: number, extra: string, args: unknown[]) =>
  requirements.map((r, i) => {
    args.push(r.event)
    let when = `${extra}${alias}.event = ?`
    if (r.withinDays) {
      when += ` AND ${alias}.at >= ?`
      args.push(new Date(now - r.withinDays * DAY_MS).toISOString())
    }
    return `SUM(CASE WHEN ${when} THEN 1 ELSE 0 END) AS c${i}`
  })

/**
 * Per contact: track events of each counted name, grouped first by browser (anonymous id, user id)
 * and only then tied to contacts through `identities` (a user id wins over an anonymous id), so a
 * million events cost a hundred thousand identity lookups instead of two million. Last activity is
 * any event, page views included.
 */
const eventAggregates = async (payload: Payload, o: AggregateOptions, into: Map<number, Metrics>) => {
  const counted = o.requirements.filter((r) => r.metric === 'event-count')
  const args: unknown[] = []
  const cases = countColumns('e', counted, o.now, "e.type = 'track' AND ", args)
  let where = ''
  if (o.contactIds) {
    const or: string[] = []
    if (o.anonymousIds?.length) (or.push(`e.anonymous_id IN (${placeholders(o.anonymousIds.length)})`), args.push(...o.anonymousIds))
    if (o.userIds?.length) (or.push(`e.user_id IN (${placeholders(o.userIds.length)})`), args.push(...o.userIds))
    if (or.length === 0) return
    where = `WHERE ${or.join(' OR ')}`
  }
  const sums = counted.map((_, i) => `SUM(b.c${i}) AS c${i}`)
  const contact = 'COALESCE(iu.contact_id, ia.contact_id)'
  const sql = `SELECT ${contact} AS contact_id, ${[...sums, 'MAX(b.last_at) AS last_at'].join(', ')}
    FROM (SELECT e.anonymous_id, e.user_id, ${[...cases, 'MAX(e.at) AS last_at'].join(', ')} FROM events e ${where} GROUP BY e.anonymous_id, e.user_id) b
    LEFT JOIN identities iu ON iu.key = 'user:' || b.user_id
    LEFT JOIN identities ia ON ia.key = 'anonymous:' || b.anonymous_id
    WHERE ${contact} IS NOT NULL
    GROUP BY ${contact}`
  const columns = ['contact_id', ...counted.map((_, i) => `c${i}`), 'last_at']
  for (const row of await selectTuples(payload, o.engine, sql, args, columns)) {
    const id = toNumber(row[0])
    if (o.contactIds && !into.has(id)) continue
    const m = into.get(id) ?? emptyMetrics()
    counted.forEach((r, i) => (m.counts[r.key] = (m.counts[r.key] ?? 0) + toNumber(row[i + 1])))
    const last = toMs(row[counted.length + 1])
    if (last !== null && (m.lastActivityAt === null || last > m.lastActivityAt)) m.lastActivityAt = last
    into.set(id, m)
  }
}

/**
 * Per contact: conversions of each counted name (event counts take conversions of that name too),
 * purchases (named `purchase`, with revenue), purchase revenue in the reporting currency, and the latest
 * conversion as activity.
 */
const conversionAggregates = async (payload: Payload, o: AggregateOptions, into: Map<number, Metrics>) => {
  const args: unknown[] = []
  const columns = countColumns('c', o.requirements, o.now, '', args)
  args.push(o.currency)
  let where = 'c.contact_id IS NOT NULL'
  if (o.contactIds) (where += ` AND c.contact_id IN (${placeholders(o.contactIds.length)})`), args.push(...o.contactIds)
  const sql = `SELECT c.contact_id AS contact_id, ${[
    ...columns,
    "SUM(CASE WHEN c.event = 'purchase' AND c.revenue > 0 THEN 1 ELSE 0 END) AS purchases",
    "SUM(CASE WHEN c.event = 'purchase' AND c.revenue > 0 AND (c.currency IS NULL OR UPPER(c.currency) = ?) THEN c.revenue ELSE 0 END) AS gross",
    'MAX(c.at) AS last_at',
  ].join(', ')} FROM conversions c WHERE ${where} GROUP BY c.contact_id`
  const n = o.requirements.length
  const names = ['contact_id', ...o.requirements.map((_, i) => `c${i}`), 'purchases', 'gross', 'last_at']
  for (const row of await selectTuples(payload, o.engine, sql, args, names)) {
    const id = toNumber(row[0])
    const m = into.get(id) ?? emptyMetrics()
    o.requirements.forEach((r, i) => (m.counts[r.key] = (m.counts[r.key] ?? 0) + toNumber(row[i + 1])))
    m.purchases += toNumber(row[n + 1])
    m.gross += toNumber(row[n + 2])
    const last = toMs(row[n + 3])
    if (last !== null && (m.lastActivityAt === null || last > m.lastActivityAt)) m.lastActivityAt = last
    into.set(id, m)
  }
}

/**
 * Refunds (conversions named `refund`, `properties.refundOf` = the refunded conversion's
 * idempotencyKey from the same source) go against the contact of the refunded purchase, or the
 * refund's own contact when that purchase is unknown.
 */
export const refundsByContact = async (payload: Payload, engine: SqlEngine, currency: string, contactIds?: number[]): Promise<Map<number, number>> => {
  const contact = 'COALESCE(p.contact_id, r.contact_id)'
  // The incremental path asks for its own contacts only, not every refunded contact on each batch.
  const only = contactIds ? ` AND ${contact} IN (${placeholders(contactIds.length)})` : ''
  const sql = `SELECT ${contact} AS contact_id, SUM(r.revenue) AS refunded
    FROM conversions r LEFT JOIN conversions p ON p.dedupe_key = ${refundedKey(engine, 'r')}
    WHERE r.event = 'refund' AND r.revenue > 0 AND (r.currency IS NULL OR UPPER(r.currency) = ?)${only}
    GROUP BY ${contact}`
  const out = new Map<number, number>()
  if (contactIds?.length === 0) return out
  for (const [contact, refunded] of await selectTuples(payload, engine, sql, [currency, ...(contactIds ?? [])], ['contact_id', 'refunded'])) {
    if (contact != null) out.set(toNumber(contact), toNumber(refunded))
  }
  return out
}

/** Adds refunds to the metrics of the contacts in `into` (every refunded contact when `all`). */
export const addRefunds = (into: Map<number, Metrics>, refunds: Map<number, number>, all: boolean) => {
  for (const [id, refunded] of refunds) {
    if (!all && !into.has(id)) continue
    const m = into.get(id) ?? emptyMetrics()
    m.refunded += refunded
    into.set(id, m)
  }
}

/**
 * What the rules look at, per contact: one aggregate pass over events (through identities), one over
 * conversions and one over refunds. With `contactIds` only those contacts (each present in the
 * result, empty when they have done nothing).
 */
export const aggregateContacts = async (payload: Payload, o: AggregateOptions): Promise<Map<number, Metrics>> => {
  const into = new Map<number, Metrics>()
  if (o.contactIds) for (const id of o.contactIds) into.set(id, emptyMetrics())
  await eventAggregates(payload, o, into)
  await conversionAggregates(payload, o, into)
  addRefunds(into, await refundsByContact(payload, o.engine, o.currency, o.contactIds), !o.contactIds)
  return into
}
