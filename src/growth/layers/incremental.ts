import type { Payload } from 'payload'

import { sqlEngine } from '../../db/raw-sql'
import { creditPendingTransitions } from '../transitions/credit-pending'
import { aggregateContacts } from './aggregate'
import { loadLayerConfig } from './config'
import { planStandings, storedMetrics, type Trigger } from './plan'
import { accountMetrics } from './recompute'
import { emptyMetrics, type Metrics } from './rules'
import { browserIdsOf, contactsOfAccounts, storedAccounts, storedContacts } from './stored'
import { writeStandings } from './write'

export type { Trigger }
export type UpdateLayersResult = { contacts: number; accounts: number; transitions: number }

/** Contacts per aggregate query: their identities and ids stay well under the engines' parameter limits. */
const CHUNK = 2000

let warnedNoSql = false
/** The update running or waiting last in this process (see updateLayersFor). */
let queue: Promise<unknown> = Promise.resolve()

/** The aggregates of `ids`, up to 2,000 contacts per query (each contact's events are found by its own browser ids). */
const metricsFor = async (payload: Payload, engine: 'sqlite' | 'postgres', ids: number[], config: Awaited<ReturnType<typeof loadLayerConfig>>, now: number) => {
  const out = new Map<number, Metrics>()
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK)
    const browsers = await browserIdsOf(payload, chunk)
    const part = await aggregateContacts(payload, { engine, requirements: config.requirements, currency: config.currency, now, contactIds: chunk, ...browsers })
    for (const [id, m] of part) out.set(id, m)
  }
  return out
}

/**
 * Places these contacts and their accounts again, after their events or conversions arrived: the same
 * aggregates and rules as the full recompute, restricted to them; an account sums these contacts' fresh
 * aggregates and its other contacts' stored ones.
 * Moves up and down alike are recorded with `trigger` (per contact when a function), then credited in
 * the background. On MongoDB it does nothing (layers need SQL; the full recompute says so).
 */
export const updateLayersFor = (payload: Payload, contactIds: number[], trigger: Trigger | ((contactId: number) => Trigger)): Promise<UpdateLayersResult> => {
  // One update at a time in this process: two overlapping ones (a batch of events and a conversion of
  // the same contact) would both see the old layer and record the move twice.
  const run = queue.then(() => update(payload, contactIds, trigger))
  queue = run.catch(() => undefined)
  return run
}

/** At most this many transitions per inline crediting run. */
const INLINE_CREDIT_LIMIT = 500
let crediting: Promise<unknown> | null = null
let creditAgain = false

/**
 * Fire-and-forget crediting of the new transitions (part B's creditPendingTransitions), one run at a
 * time in this process: a batch that moves someone while a run is going asks for one more run after
 * it instead of starting a second one beside it (each run takes every pending transition anyway).
 */
const creditSoon = (payload: Payload) => {
  if (crediting) return void (creditAgain = true)
  // Bounded: a backlog left by a full recompute is the creditTransitions job's, not the API process's.
  crediting = creditPendingTransitions(payload, { limit: INLINE_CREDIT_LIMIT })
    .catch((err: unknown) => payload.logger.error({ err, msg: 'crediting layer transitions failed' }))
    .finally(() => {
      crediting = null
      if (creditAgain) (creditAgain = false), creditSoon(payload)
    })
}

/** Resolves when this process has no crediting run going or asked for (benchmarks, tests, shutdown). */
export const creditingIdle = async (): Promise<void> => {
  while (crediting) await crediting
}

const update = async (payload: Payload, contactIds: number[], trigger: Trigger | ((contactId: number) => Trigger)): Promise<UpdateLayersResult> => {
  const engine = sqlEngine(payload)
  const ids = [...new Set(contactIds.filter((id) => Number.isFinite(id)))]
  if (!engine || ids.length === 0) {
    if (!engine && !warnedNoSql) (warnedNoSql = true), payload.logger.warn('growth layers are not updated on MongoDB (they need SQLite or PostgreSQL)')
    return { contacts: 0, accounts: 0, transitions: 0 }
  }
  const config = await loadLayerConfig(payload)
  if (config.layers.length === 0) return { contacts: 0, accounts: 0, transitions: 0 }
  const now = Date.now()
  const triggerFor = typeof trigger === 'function' ? trigger : () => trigger

  const contacts = await storedContacts(payload, ids)
  const accountIds = [...new Set(contacts.map((c) => c.accountId).filter((id): id is number => id != null))]
  const members = await contactsOfAccounts(payload, accountIds)
  const metrics = await metricsFor(payload, engine, ids, config, now)
  const ofContact = (id: number) => metrics.get(id) ?? emptyMetrics()
  // The account's other contacts count as stored at their last placement: their events are not read again.
  const stored = new Map(members.map((m) => [m.id, storedMetrics(m)]))
  const ofAccount = accountMetrics(members, (id) => metrics.get(id) ?? stored.get(id) ?? emptyMetrics())
  // An account moves because of one of its contacts: the last of this batch stands for it.
  const accountTrigger = new Map(contacts.filter((c) => c.accountId != null).map((c) => [c.accountId!, triggerFor(c.id)]))

  const forContacts = planStandings('contact', contacts, ofContact, config, now, triggerFor)
  const forAccounts = planStandings('account', await storedAccounts(payload, accountIds), (id) => ofAccount.get(id) ?? emptyMetrics(), config, now, (id) => accountTrigger.get(id) ?? { kind: 'recompute' })
  await writeStandings(payload, engine, 'contacts', forContacts.rows, forContacts.transitions)
  await writeStandings(payload, engine, 'accounts', forAccounts.rows, forAccounts.transitions)
  const transitions = forContacts.transitions.length + forAccounts.transitions.length
  // Crediting reads touchpoints and must not hold up the events buffer or the conversion's answer.
  if (transitions > 0) creditSoon(payload)
  return { contacts: contacts.length, accounts: accountIds.length, transitions }
}
