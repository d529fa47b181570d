import type { Payload } from 'payload'

import { myGrowth } from '../growth/team/my-growth'
import { medalsOf, titleOf } from '../growth/team/medals'
import { growthRanking } from '../growth/team/ranking'
import { tasksFor, type TaskView } from '../growth/team/tasks'
import type { OperationsUser } from './access'
import { periodOf } from './query'
import type { GrowthView, MemberLevel, OpenTask, OperationsQuery } from './types'

/** The growth view lists at most this many open tasks. */
export const OPEN_TASKS = 50
/** Team members read at most (a larger team needs a team filter, not this page). */
const MEMBERS = 500

const open = (t: TaskView) => !t.completed && !t.locked

/** Runs `fn` over `items`, a few at a time. */
const mapLimit = async <T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> => {
  const out = new Array<R>(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i])
      }
    }),
  )
  return out
}

/**
 * The team's growth: every member with a role (cached level and value, title, medals, open tasks), the ranking of the
 * value earned in the period, the open tasks (not completed, not locked; at most 50), and the signed-in user's own growth
 * with the next privilege they would unlock.
 */
export const growthView = async (payload: Payload, query: OperationsQuery, user: OperationsUser): Promise<GrowthView> => {
  const now = new Date()
  const [users, ranking, me] = await Promise.all([
    payload.find({
      collection: 'users',
      sort: 'name',
      limit: MEMBERS,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { name: true, email: true, team: true, roles: true, growth: true },
    }),
    growthRanking(payload, { period: 'ALL', from: query.from, to: query.to }, now),
    user ? myGrowth(payload, Number(user.id), now) : null,
  ])
  const members = users.docs.filter((u) => (u.roles ?? []).length > 0)
  const details = await mapLimit(members, 4, async (u) => {
    const [medals, tasks] = await Promise.all([medalsOf(payload, u.id), tasksFor(payload, u.id, now)])
    return { medals, tasks: tasks.filter(open) }
  })
  const rows: MemberLevel[] = members.map((u, i) => ({
    userId: u.id,
    name: u.name || u.email,
    team: u.team ?? null,
    level: u.growth?.level ?? 1,
    value: u.growth?.value ?? 0,
    title: titleOf(details[i].medals),
    medals: details[i].medals.length,
    openTasks: details[i].tasks.length,
  }))
  rows.sort((a, b) => b.level - a.level || b.value - a.value || a.name.localeCompare(b.name))
  const openTasks: OpenTask[] = members.flatMap((u, i) => details[i].tasks.map((task) => ({ userId: u.id, name: u.name || u.email, task }))).slice(0, OPEN_TASKS)
  const nextPrivilege = me ? (me.privileges.filter((p) => !p.unlocked).sort((a, b) => a.level - b.level)[0] ?? null) : null
  return {
    period: periodOf(query),
    members: rows,
    ranking: ranking.rows,
    openTasks,
    me: me ? { ...me, nextPrivilege: nextPrivilege ? { privilege: nextPrivilege.privilege, level: nextPrivilege.level } : null } : null,
  }
}
