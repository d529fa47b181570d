import type { Payload } from 'payload'

import type { GrowthTask } from '../../payload-types'
import { grant } from './ledger'
import { activeGrants, type ActiveGrant } from './ledger-sql'
import { periodEnd, periodKey, periodStart } from './periods'
import { refreshGrowth } from './recompute-growth'

export type TaskView = {
  id: number
  title: string
  kind: GrowthTask['kind']
  rule: string
  series: string | null
  step: number | null
  reward: number
  period: GrowthTask['period']
  progress: number
  target: number
  completed: boolean
  locked: boolean
  /** The current week or month of a recurring task. */
  periodKey: string | null
}

/** The ledger source of a task's completion: once per task, or once per period when recurring. */
export const completionSource = (task: Pick<GrowthTask, 'id' | 'period'>, now: Date): string =>
  task.period === 'week' || task.period === 'month' ? `growth-tasks:${task.id}@${periodKey(task.period, now)}` : `growth-tasks:${task.id}`

/** The item a grant is about: `conversions:55#white-papers:12` is about white paper 12. */
export const sourceItem = (source: string): string => (source.includes('#') ? source.slice(source.indexOf('#') + 1) : source)

/** Progress: active grants that match; single-source: the most any one item gathered. */
export const progressOf = (task: Pick<GrowthTask, 'scope'>, grants: ActiveGrant[]): number => {
  if (task.scope !== 'single-source') return grants.length
  const perItem = new Map<string, number>()
  for (const g of grants) perItem.set(sourceItem(g.source), (perItem.get(sourceItem(g.source)) ?? 0) + 1)
  return Math.max(0, ...perItem.values())
}

const activeTasks = async (payload: Payload): Promise<GrowthTask[]> =>
  (await payload.find({ collection: 'growth-tasks', where: { active: { not_equals: false } }, sort: 'id', pagination: false, depth: 0, overrideAccess: true })).docs

/** Every active task as the user sees it now, with progress from the ledger and series locks. */
export const tasksFor = async (payload: Payload, user: number, now = new Date(), only?: (task: GrowthTask) => boolean): Promise<TaskView[]> => {
  const tasks = await activeTasks(payload)
  const done = new Set((await activeGrants(payload, user, 'task.completed', { sourcePrefix: 'growth-tasks:' })).map((g) => g.source))
  const isDone = (task: GrowthTask) => done.has(completionSource(task, now))
  const views: TaskView[] = []
  for (const task of tasks) {
    const earlier = task.series && task.step ? tasks.filter((t) => t.series === task.series && (t.step ?? 0) < (task.step ?? 0)) : []
    const locked = earlier.some((t) => !isDone(t))
    const completed = isDone(task)
    const recurring = task.period === 'week' || task.period === 'month' ? task.period : null
    let progress = completed ? task.target : 0
    if (!completed && (!only || only(task))) {
      const grants = await activeGrants(payload, user, task.rule, {
        sourcePrefix: task.sourcePrefix,
        detail: task.detail,
        ...(recurring ? { from: periodStart(recurring, now), to: periodEnd(recurring, now) } : {}),
      })
      progress = Math.min(progressOf(task, grants), task.target)
    }
    views.push({
      id: task.id,
      title: task.title,
      kind: task.kind,
      rule: task.rule,
      series: task.series ?? null,
      step: task.step ?? null,
      reward: task.reward,
      period: task.period,
      progress,
      target: task.target,
      completed,
      locked,
      periodKey: recurring ? periodKey(recurring, now) : null,
    })
  }
  return views.sort((a, b) => (a.series ?? '').localeCompare(b.series ?? '') || (a.step ?? 0) - (b.step ?? 0) || a.id - b.id)
}

/**
 * Completes the user's tasks that reached their target: tasks of the rule just granted, and series
 * steps (a completion may unlock the next step, which may already be met). The task.completed grant
 * is non-repeatable per source, so a task completes once (per period) even under concurrent awards.
 */
export const evaluateTasks = async (payload: Payload, user: number, rule: string, now = new Date()): Promise<number> => {
  let completed = 0
  let changed = rule
  for (let round = 0; round < 10; round++) {
    const relevant = (task: GrowthTask) => task.rule === changed || Boolean(task.series)
    const due = (await tasksFor(payload, user, now, relevant)).filter((t) => !t.completed && !t.locked && t.progress >= t.target)
    if (due.length === 0) break
    let granted = 0
    for (const task of due) {
      const result = await grant(payload, { user, rule: 'task.completed', source: completionSource(task, now), units: task.reward, detail: task.kind, at: now })
      if (result.awarded) granted++
    }
    if (granted === 0) break
    completed += granted
    changed = 'task.completed'
    await refreshGrowth(payload, user)
  }
  return completed
}
