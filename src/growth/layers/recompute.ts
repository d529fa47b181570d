import type { Payload } from 'payload'

import { sqlEngine } from '../../db/raw-sql'
import { aggregateContacts } from './aggregate'
import type { SqlEngine } from './dialect'
import { loadLayerConfig, type LayerConfig } from './config'
import { ensureDefaultLayers } from './ensure-defaults'
import { planStandings, type Stored } from './plan'
import { addMetrics, emptyMetrics, revenueOf, type Metrics } from './rules'
import { storedAccounts, storedContacts } from './stored'
import { writeStandings } from './write'

export type RecomputeLayersResult = { contacts: number; accounts: number; transitions: number; ms: number }

/** The engine's SQL dialect, or a clear refusal on MongoDB (the aggregates are SQL). */
export const layersEngine = (payload: Payload) => {
  const engine = sqlEngine(payload)
  if (!engine) throw new Error(`Growth layers are computed with SQL aggregates: run Flywheel on SQLite or PostgreSQL (not ${payload.db.name})`)
  return engine
}

/**
 * An account's aggregate: its contacts' summed (counts, revenue to date, purchases), last activity the
 * latest. Each contact's revenue counts after its own refunds (never below 0), as stored on it.
 */
export const accountMetrics = (contacts: readonly Stored[], metricsOf: (id: number) => Metrics): Map<number, Metrics> => {
  const out = new Map<number, Metrics>()
  for (const c of contacts) {
    if (c.accountId == null) continue
    const m = metricsOf(c.id)
    out.set(c.accountId, addMetrics(out.get(c.accountId) ?? emptyMetrics(), { ...m, gross: revenueOf(m), refunded: 0 }))
  }
  return out
}

/**
 * What a full placement reads: every contact's metrics from the events and conversions, the stored contacts and
 * accounts, and each account's aggregate of its contacts (the recompute and the demo data set's placement).
 */
export const standingInputs = async (payload: Payload, engine: SqlEngine, config: LayerConfig, now: number) => {
  const [metrics, contacts, accounts] = await Promise.all([
    aggregateContacts(payload, { engine, requirements: config.requirements, currency: config.currency, now }),
    storedContacts(payload),
    storedAccounts(payload),
  ])
  const ofContact = (id: number): Metrics => metrics.get(id) ?? emptyMetrics()
  const accountAggregates = accountMetrics(contacts, ofContact)
  const ofAccount = (id: number): Metrics => accountAggregates.get(id) ?? emptyMetrics()
  return { contacts, accounts, ofContact, ofAccount }
}

/** Queues part B's crediting of the new transitions, when that task exists in this build. */
export const queueCrediting = async (payload: Payload): Promise<void> => {
  if (!payload.config.jobs.tasks?.some((t) => t.slug === 'creditTransitions')) return
  await payload.jobs.queue({ task: 'creditTransitions' as never, input: {} as never })
}

/**
 * Places every contact and account in its layer (and sub-tier) from scratch: SQL aggregates per
 * contact, the rules in JS, then only the subjects whose standing changed are written, in bulk, each
 * move with a `layer-transitions` row (trigger `recompute`, or `dormancy` for an inactivity layer).
 * The transitions are credited afterwards by the `creditTransitions` job.
 */
export const recomputeLayers = async (payload: Payload): Promise<RecomputeLayersResult> => {
  const started = performance.now()
  const engine = layersEngine(payload)
  await ensureDefaultLayers(payload)
  const config = await loadLayerConfig(payload)
  const now = Date.now()
  const { contacts, accounts, ofContact, ofAccount } = await standingInputs(payload, engine, config, now)
  const recompute = () => ({ kind: 'recompute' as const })
  const forContacts = planStandings('contact', contacts, ofContact, config, now, recompute)
  const forAccounts = planStandings('account', accounts, ofAccount, config, now, recompute)
  await writeStandings(payload, engine, 'contacts', forContacts.rows, forContacts.transitions)
  await writeStandings(payload, engine, 'accounts', forAccounts.rows, forAccounts.transitions)
  const transitions = forContacts.transitions.length + forAccounts.transitions.length
  if (transitions > 0) await queueCrediting(payload).catch((err: unknown) => payload.logger.error({ err, msg: 'queueing creditTransitions failed' }))
  return { contacts: contacts.length, accounts: accounts.length, transitions, ms: Math.round(performance.now() - started) }
}
