import type { Payload } from 'payload'

import { isUniqueViolation } from '../../db/unique-violation'
import { afterLedgerChange } from './after-change'
import { activeGrantsOfSource, cachedGrowth, grantsInPeriod, grantsOfSource } from './ledger-sql'
import { periodEnd, periodKey, periodStart, type Period } from './periods'
import { ruleByKey } from './rules'

export type AwardInput = { user: number; rule: string; source: string; actor?: number | null; units?: number; detail?: string; at?: Date }
export type AwardResult = { awarded: boolean; reason?: 'capped' | 'repeat' | 'unknown-rule' | 'inactive' | 'self'; entryId?: number; delta?: number }
export type ReverseInput = { source: string; rule?: string; user?: number; reason: string }

// A concurrent award may take the slot this one computed; it then looks again. A handful of rounds
// is plenty: each lost round means another award was written.
const ATTEMPTS = 8

const checkInput = ({ user, source, units = 1 }: AwardInput) => {
  if (!Number.isInteger(user) || user <= 0) throw new Error(`award: user must be a user id, got ${user}`)
  if (!source || source.length > 200) throw new Error('award: source is required (at most 200 characters)')
  if (!Number.isFinite(units) || units <= 0) throw new Error(`award: units must be positive, got ${units}`)
}

/** Writes one grant if the rule, its cap and its repeat rule allow it; no follow-ups. */
export const grant = async (payload: Payload, input: AwardInput): Promise<AwardResult> => {
  checkInput(input)
  const { user, source, actor = null, units = 1, detail, at = new Date() } = input
  const rule = await ruleByKey(payload, input.rule)
  if (!rule) return { awarded: false, reason: 'unknown-rule' }
  if (rule.active === false) return { awarded: false, reason: 'inactive' }
  if (rule.selfAllowed === false && actor !== null && actor === user) return { awarded: false, reason: 'self' }
  const delta = rule.points * units
  const cap = rule.cap?.period && rule.cap.limit ? { period: rule.cap.period as Period, limit: rule.cap.limit } : null
  let lastError: unknown
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // Non-repeatable: at most one active grant per (user, rule, source). The key carries the number
    // of earlier grants, so after a reversal the next grant gets a fresh key and two racing awards
    // compute the same one: the database lets one through.
    let dedupeKey: string | null = null
    if (!rule.repeatable) {
      const { total, active } = await grantsOfSource(payload, user, rule.key, source)
      if (active > 0) return { awarded: false, reason: 'repeat' }
      dedupeKey = `${user}|${rule.key}|${source}|${total}`
    }
    // Caps: the n-th grant of a period takes slot n; slot limit+1 does not exist.
    let capSlot: string | null = null
    if (cap) {
      const used = await grantsInPeriod(payload, user, rule.key, periodStart(cap.period, at), periodEnd(cap.period, at))
      if (used >= cap.limit) return { awarded: false, reason: 'capped' }
      capSlot = `${user}|${rule.key}|${periodKey(cap.period, at)}|${used + 1}`
    }
    try {
      const entry = await payload.create({
        collection: 'growth-ledger',
        data: { user, rule: rule.key, delta, units, actor, source, detail: detail ?? null, at: at.toISOString(), dedupeKey, capSlot },
        overrideAccess: true,
        disableTransaction: true,
        depth: 0,
      })
      return { awarded: true, entryId: entry.id, delta }
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
      lastError = err
    }
  }
  throw lastError
}

/**
 * Grants growth value under a rule (points × units) to a user for a source (`'<collection>:<id>'`,
 * `#<detail>` when one source pays several users). Refused when the rule is unknown or inactive, when
 * its cap for the UTC period of `at` is used up, when a non-repeatable rule already has an active
 * grant for (user, source), and for the actor's own benefit under rules that forbid it. Then the
 * user's cached growth, tasks and medals follow.
 */
export const award = async (payload: Payload, input: AwardInput): Promise<AwardResult> => {
  const result = await grant(payload, input)
  if (result.awarded) await afterLedgerChange(payload, input.user, input.rule)
  return result
}

/**
 * Counters every active grant of `source` (and of `source#…`), optionally only of one rule or user:
 * one counter-entry (−delta) each, never an edit. Returns how many it wrote; a grant reversed
 * concurrently is skipped (the unique `reverses` lets one counter-entry through).
 */
export const reverse = async (payload: Payload, input: ReverseInput): Promise<number> => {
  const grants = await activeGrantsOfSource(payload, input.source, { rule: input.rule, user: input.user })
  const touched = new Map<number, Set<string>>()
  let written = 0
  for (const g of grants) {
    try {
      await payload.create({
        collection: 'growth-ledger',
        data: { user: g.user, rule: g.rule, delta: -g.delta, units: g.units, source: g.source, detail: g.detail, at: new Date().toISOString(), reverses: g.id, reason: input.reason.slice(0, 200) },
        overrideAccess: true,
        disableTransaction: true,
        depth: 0,
      })
      written++
      touched.set(g.user, (touched.get(g.user) ?? new Set()).add(g.rule))
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
    }
  }
  for (const [user, rules] of touched) for (const rule of rules) await afterLedgerChange(payload, user, rule)
  return written
}

/** A user's cached level (1 when they have none yet). */
export const levelOf = async (payload: Payload, userId: number): Promise<number> => (await cachedGrowth(payload, userId))?.level ?? 1
