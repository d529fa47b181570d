import type { Payload } from 'payload'
import { z } from 'zod'

import { cachedGrowth, periodSums } from './ledger-sql'
import { medalsOf, titleOf, type EarnedMedal } from './medals'
import { periodEnd, periodStart } from './periods'

export const RANKING_PERIODS = ['WEEK', 'MONTH', 'ALL'] as const
export type RankingPeriod = (typeof RANKING_PERIODS)[number]

export const rankingInput = z
  .object({
    team: z.string().trim().min(1, 'team is a team name').max(60, 'team is at most 60 characters').optional(),
    period: z.enum(RANKING_PERIODS, { error: `period must be one of ${RANKING_PERIODS.join(', ')}` }).default('WEEK'),
    from: z.coerce.date({ error: 'from must be a date' }).optional(),
    to: z.coerce.date({ error: 'to must be a date' }).optional(),
  })
  .refine((i) => !i.from || !i.to || i.from < i.to, { message: 'from must be before to', path: ['from'] })
export type RankingInput = z.infer<typeof rankingInput>

export type RankingRow = { rank: number; userId: number; name: string; team: string | null; value: number; reachedAt: string | null; level: number; title: string | null; medals: EarnedMedal[] }
export type Ranking = { team: string | null; period: RankingPeriod; from: string | null; to: string | null; rows: RankingRow[] }

/** The period's range: the current UTC week or month unless from/to say otherwise; ALL is unbounded. */
export const rankingRange = (input: RankingInput, now = new Date()): { from: Date | null; to: Date | null } => {
  if (input.period === 'ALL') return { from: input.from ?? null, to: input.to ?? null }
  const unit = input.period === 'WEEK' ? 'week' : 'month'
  const anchor = input.from ?? now
  return { from: input.from ?? periodStart(unit, anchor), to: input.to ?? periodEnd(unit, anchor) }
}

/**
 * Growth value earned per user in a period (Σ delta: reversals count against it), for one team or
 * everyone, with level, title and medals. Ties go to whoever reached the total first; members of the
 * team who earned nothing follow, by name.
 */
export const growthRanking = async (payload: Payload, input: RankingInput, now = new Date()): Promise<Ranking> => {
  const { from, to } = rankingRange(input, now)
  const team = input.team ?? null
  const sums = await periodSums(payload, from, to, team)
  const members = team
    ? (await payload.find({ collection: 'users', where: { team: { equals: team } }, pagination: false, depth: 0, overrideAccess: true, select: { name: true, email: true, team: true } })).docs
    : []
  const ids = [...new Set([...sums.map((s) => s.user), ...members.map((m) => m.id)])]
  const users = ids.length
    ? (await payload.find({ collection: 'users', where: { id: { in: ids } }, pagination: false, depth: 0, overrideAccess: true, select: { name: true, email: true, team: true } })).docs
    : []
  const byId = new Map(users.map((u) => [u.id, u]))
  const sumOf = new Map(sums.map((s) => [s.user, s]))
  const entries = ids
    .filter((id) => byId.has(id))
    .map((id) => ({ id, value: sumOf.get(id)?.value ?? 0, reachedAt: sumOf.get(id)?.reachedAt ?? null, name: byId.get(id)!.name || byId.get(id)!.email }))
    .sort((a, b) => b.value - a.value || (a.reachedAt ?? '~').localeCompare(b.reachedAt ?? '~') || a.name.localeCompare(b.name))
    .slice(0, 100)
  const rows: RankingRow[] = []
  for (const [i, e] of entries.entries()) {
    const medals = await medalsOf(payload, e.id)
    const growth = await cachedGrowth(payload, e.id)
    rows.push({ rank: i + 1, userId: e.id, name: e.name, team: byId.get(e.id)!.team ?? null, value: e.value, reachedAt: e.reachedAt, level: growth?.level ?? 1, title: titleOf(medals), medals })
  }
  return { team, period: input.period, from: from?.toISOString() ?? null, to: to?.toISOString() ?? null, rows }
}
