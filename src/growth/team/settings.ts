import type { Payload } from 'payload'

import { TtlCache } from '../../attribution/ttl-cache'
import { CURVE_KINDS, DEFAULT_CURVE, type Curve, type CurveKind } from './curves'
import { DEFAULT_DEMOTION, type Demotion } from './next-level'

export const PRIVILEGES = ['publish-small-edits', 'review-priority', 'badge'] as const
export type Privilege = (typeof PRIVILEGES)[number]

export const DEFAULT_PRIVILEGES: { privilege: Privilege; level: number }[] = [
  { privilege: 'badge', level: 2 },
  { privilege: 'review-priority', level: 3 },
  { privilege: 'publish-small-edits', level: 4 },
]
export const DEFAULT_SMALL_EDIT_CHARS = 400
export const DEFAULT_KUDOS_WEIGHTS = { member: 1, lead: 2, admin: 3 }

export type TeamGrowthConfig = {
  curve: Curve
  demotion: Demotion
  privileges: { privilege: Privilege; level: number }[]
  smallEditChars: number
  kudosWeights: typeof DEFAULT_KUDOS_WEIGHTS
}

const cache = new TtlCache<'settings', TeamGrowthConfig>(1000)
const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback)

type Stored = {
  curve?: { kind?: string | null; base?: number | null; exponent?: number | null; factor?: number | null; thresholds?: number[] | null; maxLevel?: number | null } | null
  demotion?: Partial<Record<keyof Demotion, number | null>> | null
  privileges?: { privilege?: string | null; level?: number | null }[] | null
  smallEditChars?: number | null
  kudosWeights?: Partial<Record<keyof typeof DEFAULT_KUDOS_WEIGHTS, number | null>> | null
}

/** The stored global with every missing value at its default (a fresh install has an empty global). */
export const resolveTeamGrowthSettings = (stored: Stored): TeamGrowthConfig => {
  const c = stored.curve ?? {}
  const kind = CURVE_KINDS.includes(c.kind as CurveKind) ? (c.kind as CurveKind) : DEFAULT_CURVE.kind
  const d = stored.demotion ?? {}
  const w = stored.kudosWeights ?? {}
  const privileges = (stored.privileges ?? []).filter((p): p is { privilege: Privilege; level: number } => PRIVILEGES.includes(p.privilege as Privilege) && typeof p.level === 'number')
  return {
    curve: {
      kind,
      base: num(c.base, DEFAULT_CURVE.base),
      exponent: num(c.exponent, DEFAULT_CURVE.exponent ?? 1),
      factor: num(c.factor, DEFAULT_CURVE.factor ?? 2),
      thresholds: c.thresholds?.length ? c.thresholds : DEFAULT_CURVE.thresholds,
      maxLevel: num(c.maxLevel, DEFAULT_CURVE.maxLevel),
    },
    demotion: {
      windowDays: num(d.windowDays, DEFAULT_DEMOTION.windowDays),
      ratio: num(d.ratio, DEFAULT_DEMOTION.ratio),
      graceDays: num(d.graceDays, DEFAULT_DEMOTION.graceDays),
      requirementShare: num(d.requirementShare, DEFAULT_DEMOTION.requirementShare),
    },
    // A saved empty list means "no privileges"; a never-saved global has none stored and gets the defaults.
    privileges: stored.privileges ? privileges.map(({ privilege, level }) => ({ privilege, level })) : DEFAULT_PRIVILEGES,
    smallEditChars: num(stored.smallEditChars, DEFAULT_SMALL_EDIT_CHARS),
    kudosWeights: { member: num(w.member, 1), lead: num(w.lead, 2), admin: num(w.admin, 3) },
  }
}

/** The team-growth-settings global, re-read at most once a second. */
export const teamGrowthSettings = async (payload: Payload): Promise<TeamGrowthConfig> =>
  cache.peek('settings')?.value ??
  cache.set('settings', resolveTeamGrowthSettings((await payload.findGlobal({ slug: 'team-growth-settings', depth: 0 })) as Stored))

/** Drops the cached settings (after this process saved them). */
export const forgetTeamGrowthSettings = (): void => {
  cache.clear()
}
