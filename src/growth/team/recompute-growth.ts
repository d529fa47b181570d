import type { Payload } from 'payload'

import { cachedGrowth, growthTotals, usersWithGrowth, writeGrowth } from './ledger-sql'
import { evaluateMedals } from './medals'
import { nextLevel, type LevelChange } from './next-level'
import { teamGrowthSettings } from './settings'

const DAY = 86_400_000

// One refresh per user at a time in this process, so a slower refresh never overwrites a newer one;
// across processes the nightly recompute repairs any drift (everything is derived from the ledger).
const running = new Map<number, Promise<unknown>>()

const serialized = <T>(user: number, work: () => Promise<T>): Promise<T> => {
  const previous = running.get(user) ?? Promise.resolve()
  const next = previous.then(work, work)
  running.set(user, next)
  void next.finally(() => running.get(user) === next && running.delete(user)).catch(() => undefined)
  return next
}

/**
 * Recomputes one user's cached `growth` (value = Σ delta, level, levelSince, lastActivityAt) from the
 * ledger: level by nextLevel, so promotion, reversal and inactivity demotion all apply.
 */
export const refreshGrowth = (payload: Payload, user: number, now = new Date()): Promise<LevelChange & { value: number }> =>
  serialized(user, async () => {
    const settings = await teamGrowthSettings(payload)
    const totals = await growthTotals(payload, user, new Date(now.getTime() - settings.demotion.windowDays * DAY))
    const cached = await cachedGrowth(payload, user)
    const change = nextLevel(
      { level: cached?.level ?? 1, levelSince: cached?.levelSince ? new Date(cached.levelSince) : null, value: totals.value, recentValue: totals.recentValue, now },
      settings.curve,
      settings.demotion,
    )
    const levelSince = (change.levelSince ?? (cached?.level ? null : now))?.toISOString() ?? null
    await writeGrowth(payload, user, { value: totals.value, level: change.level, levelSince, lastActivityAt: totals.lastActivityAt })
    return { ...change, value: totals.value }
  })

/**
 * `recomputeGrowth(payload, userId?)`: one user, or every user with a ledger or a level (the nightly
 * job, which is also when inactivity demotion reaches users who earned nothing lately).
 */
export const recomputeGrowth = async (payload: Payload, userId?: number, now = new Date()): Promise<{ users: number; demoted: number; promoted: number }> => {
  const users = userId ? [userId] : await usersWithGrowth(payload)
  let demoted = 0
  let promoted = 0
  for (const user of users) {
    const { reason } = await refreshGrowth(payload, user, now)
    if (reason === 'inactivity' || reason === 'reversal') demoted++
    if (reason === 'promoted') {
      promoted++
      await evaluateMedals(payload, user, undefined, now)
    }
  }
  return { users: users.length, demoted, promoted }
}
