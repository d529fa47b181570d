import type { Payload } from 'payload'

import { isUniqueViolation } from '../../db/unique-violation'
import { relationId } from '../../fields/relation-id'
import type { Medal } from '../../payload-types'
import { activeGrants, cachedGrowth } from './ledger-sql'

export type EarnedMedal = { slug: string; name: string; title: string | null; at: string }

const activeMedals = async (payload: Payload): Promise<Medal[]> =>
  (await payload.find({ collection: 'medals', where: { active: { not_equals: false } }, pagination: false, depth: 0, overrideAccess: true })).docs


/** The medals a user holds, oldest first (the last one's title is the user's title). */
export const medalsOf = async (payload: Payload, user: number): Promise<EarnedMedal[]> => {
  const { docs } = await payload.find({ collection: 'medal-awards', where: { user: { equals: user } }, sort: 'at', pagination: false, depth: 1, overrideAccess: true })
  return docs
    .filter((a) => typeof a.medal === 'object' && a.medal)
    .map((a) => {
      const medal = a.medal as Medal
      return { slug: medal.slug, name: medal.name, title: medal.title ?? null, at: a.at }
    })
}

/** A user's title: the title of the latest medal that carries one. */
export const titleOf = (medals: EarnedMedal[]): string | null => [...medals].reverse().find((m) => m.title)?.title ?? null

/** How far the user is on a medal's criteria (compared with criteria.min). */
const measure = async (payload: Payload, user: number, medal: Medal): Promise<number> => {
  const { kind, rule, series } = medal.criteria
  if (kind === 'rule-count') return rule ? (await activeGrants(payload, user, rule)).length : 0
  if (kind === 'level') return (await cachedGrowth(payload, user))?.level ?? 1
  if (kind === 'kudos') return (await activeGrants(payload, user, 'kudos.received')).reduce((sum, g) => sum + g.units, 0)
  // series: completed (non-recurring) steps of the series.
  const { docs } = await payload.find({ collection: 'growth-tasks', where: { series: { equals: series } }, pagination: false, depth: 0, overrideAccess: true })
  return (await activeGrants(payload, user, 'task.completed', { sources: docs.map((t) => `growth-tasks:${t.id}`) })).length
}

/** Whether an entry of `rule` can move a medal's measure (levels move with any entry). */
const mayChange = (medal: Medal, rule: string): boolean => {
  const { kind } = medal.criteria
  if (kind === 'level') return true
  if (kind === 'rule-count') return medal.criteria.rule === rule
  if (kind === 'kudos') return rule === 'kudos.received'
  return rule === 'task.completed'
}

/**
 * Awards every medal (that an entry of `rule` can affect; all without one) whose criteria the user now meets and does not hold yet. A medal is awarded once
 * (user + medal is unique, so two concurrent evaluations write one row) and kept.
 */
export const evaluateMedals = async (payload: Payload, user: number, rule?: string, now = new Date()): Promise<string[]> => {
  const medals = (await activeMedals(payload)).filter((m) => !rule || mayChange(m, rule))
  if (medals.length === 0) return []
  const held = new Set(
    (await payload.find({ collection: 'medal-awards', where: { user: { equals: user } }, pagination: false, depth: 0, overrideAccess: true })).docs.map((a) => relationId(a.medal)),
  )
  const awarded: string[] = []
  for (const medal of medals) {
    if (held.has(medal.id)) continue
    if ((await measure(payload, user, medal)) < medal.criteria.min) continue
    const source = medal.criteria.kind === 'rule-count' ? `rule:${medal.criteria.rule}` : medal.criteria.kind === 'series' ? `series:${medal.criteria.series}` : medal.criteria.kind
    try {
      // A millisecond apart, so "latest medal" is well-defined when one change earns several.
      const at = new Date(now.getTime() + awarded.length).toISOString()
      await payload.create({ collection: 'medal-awards', data: { user, medal: medal.id, at, source }, overrideAccess: true, disableTransaction: true, depth: 0 })
      awarded.push(medal.slug)
    } catch (err) {
      if (!isUniqueViolation(err)) throw err
    }
  }
  return awarded
}
