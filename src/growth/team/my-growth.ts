import type { Payload } from 'payload'

import { topLevel, valueFor } from './curves'
import { cachedGrowth } from './ledger-sql'
import { medalsOf, titleOf, type EarnedMedal } from './medals'
import { teamGrowthSettings, type Privilege } from './settings'
import { tasksFor, type TaskView } from './tasks'

export type MyGrowth = {
  value: number
  level: number
  nextLevel: number | null
  nextLevelValue: number | null
  /** Share of the way from this level's value to the next (1 at the top level). */
  progress: number
  title: string | null
  medals: EarnedMedal[]
  tasks: TaskView[]
  privileges: { privilege: Privilege; level: number; unlocked: boolean }[]
}

/** A team member's growth as they see it: value, level and the way to the next, medals, tasks, privileges. */
export const myGrowth = async (payload: Payload, user: number, now = new Date()): Promise<MyGrowth> => {
  const settings = await teamGrowthSettings(payload)
  const cached = await cachedGrowth(payload, user)
  const value = cached?.value ?? 0
  const level = cached?.level ?? 1
  const top = topLevel(settings.curve)
  const next = level < top ? level + 1 : null
  const floor = valueFor(level, settings.curve)
  const nextLevelValue = next ? valueFor(next, settings.curve) : null
  const progress = nextLevelValue === null ? 1 : Math.min(1, Math.max(0, (value - floor) / (nextLevelValue - floor)))
  const medals = await medalsOf(payload, user)
  return {
    value,
    level,
    nextLevel: next,
    nextLevelValue,
    progress: Math.round(progress * 1000) / 1000,
    title: titleOf(medals),
    medals,
    tasks: await tasksFor(payload, user, now),
    privileges: settings.privileges.map((p) => ({ ...p, unlocked: level >= p.level })),
  }
}
