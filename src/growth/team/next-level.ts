import { levelFor, topLevel, valueFor, type Curve } from './curves'

/** Inactivity demotion, after Discourse's trust level 3: below 0.9 of a requirement, after a grace period. */
export type Demotion = {
  /** The window the recent value is summed over. */
  windowDays: number
  /** Keeping a level needs this share of its requirement (hysteresis: promotion needs all of it). */
  ratio: number
  /** Days at a level before inactivity may take it away (one level at a time). */
  graceDays: number
  /** The requirement of level L: this share of valueFor(L), earned within the window. 0: no inactivity rule. */
  requirementShare: number
}

export const DEFAULT_DEMOTION: Demotion = { windowDays: 90, ratio: 0.9, graceDays: 14, requirementShare: 0.25 }

export type LevelState = { level: number; levelSince: Date | null }
export type LevelInput = LevelState & { value: number; recentValue: number; now: Date }
export type LevelChange = LevelState & { reason: 'kept' | 'promoted' | 'reversal' | 'inactivity' }

const DAY = 86_400_000

/** The value a user must have earned within the window to be promoted to (or, × ratio, to keep) `level`. */
export const requirementFor = (level: number, curve: Curve, demotion: Demotion): number =>
  level < 2 ? 0 : demotion.requirementShare * valueFor(level, curve)

/**
 * The level after a change of value or the passing of time.
 * - Lifetime value caps the level: a reversal that drops it below a threshold demotes at once.
 * - Promotion follows lifetime value upward, one level at a time while the value earned in the window
 *   meets the level's full requirement (anyone who earned the value recently meets it).
 * - Inactivity: below `ratio` × the requirement of the current level, after `graceDays` at that
 *   level, the user drops one level; getting it back needs the full requirement again.
 */
export const nextLevel = (input: LevelInput, curve: Curve, demotion: Demotion): LevelChange => {
  const current = Math.min(Math.max(1, Math.floor(input.level || 1)), topLevel(curve))
  const lifetime = levelFor(input.value, curve)
  if (lifetime < current) return { level: lifetime, levelSince: input.now, reason: 'reversal' }
  let level = current
  while (level < lifetime && input.recentValue >= requirementFor(level + 1, curve, demotion)) level++
  if (level > current) return { level, levelSince: input.now, reason: 'promoted' }
  const since = input.levelSince?.getTime() ?? -Infinity
  const graceOver = input.now.getTime() - since >= demotion.graceDays * DAY
  if (current >= 2 && graceOver && input.recentValue < demotion.ratio * requirementFor(current, curve, demotion)) {
    return { level: current - 1, levelSince: input.now, reason: 'inactivity' }
  }
  return { level: current, levelSince: input.levelSince, reason: 'kept' }
}
