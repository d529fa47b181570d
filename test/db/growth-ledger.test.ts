import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { recomputeGrowth } from '../../src/growth/team/recompute-growth'
import { award, levelOf, reverse } from '../../src/growth/team/ledger'
import { growthRanking } from '../../src/growth/team/ranking'
import { myGrowth } from '../../src/growth/team/my-growth'
import { tasksFor } from '../../src/growth/team/tasks'
import type { GrowthTask } from '../../src/payload-types'
import { bootPayload } from '../helpers/boot'
import { createUser } from '../helpers/users'

const DAY = 86_400_000

/**
 * The team growth ledger through the Local API on a real database: caps per UTC period,
 * non-repeatable grants (also when two awards race), reversals as counter-entries with the level
 * recomputed from the ledger, tasks with series locks, medals and rankings.
 */
describe('team growth ledger', () => {
  let payload: Payload
  let close: () => Promise<void>
  const user = async (team?: string) => {
    const u = await createUser(payload, ['editor'])
    if (team) await payload.update({ collection: 'users', id: u.id, data: { team }, overrideAccess: true })
    return Number(u.id)
  }
  const rule = (key: string, data: Record<string, unknown> = {}) =>
    payload.create({ collection: 'growth-rules', data: { key, label: key, points: 10, repeatable: false, active: true, ...data }, overrideAccess: true })
  const entries = async (userId: number) =>
    (await payload.find({ collection: 'growth-ledger', where: { user: { equals: userId } }, sort: 'id', pagination: false, depth: 0, overrideAccess: true })).docs
  const createTask = (data: Partial<GrowthTask> & Pick<GrowthTask, 'title' | 'kind' | 'rule' | 'target' | 'reward'>) =>
    payload.create({ collection: 'growth-tasks', data: { scope: 'total', period: 'none', ...data }, overrideAccess: true })
  const growthOf = async (userId: number) => (await payload.findByID({ collection: 'users', id: userId, overrideAccess: true, depth: 0 })).growth

  beforeAll(async () => {
    ;({ payload, close } = await bootPayload())
    // A linear curve (level L at 100·(L−1)) keeps the arithmetic readable.
    await payload.updateGlobal({ slug: 'team-growth-settings', data: { curve: { kind: 'linear', base: 100, maxLevel: 10 } }, overrideAccess: true })
  })
  afterAll(async () => close?.())

  it('refuses the N+1-th grant of a capped rule within a UTC day and allows it the next day', async () => {
    await rule('test.capped', { cap: { period: 'day', limit: 2 }, repeatable: true })
    const u = await user()
    const day1 = new Date('2026-03-10T08:00:00Z')
    const late = new Date('2026-03-10T23:59:59.999Z')
    const day2 = new Date('2026-03-11T00:00:00Z')
    expect(await award(payload, { user: u, rule: 'test.capped', source: 'articles:1', at: day1 })).toMatchObject({ awarded: true, delta: 10 })
    expect(await award(payload, { user: u, rule: 'test.capped', source: 'articles:2', at: day1 })).toMatchObject({ awarded: true })
    expect(await award(payload, { user: u, rule: 'test.capped', source: 'articles:3', at: late })).toEqual({ awarded: false, reason: 'capped' })
    expect(await award(payload, { user: u, rule: 'test.capped', source: 'articles:3', at: day2 })).toMatchObject({ awarded: true })
    expect((await entries(u)).map((e) => e.source)).toEqual(['articles:1', 'articles:2', 'articles:3'])
  })

  it('holds a cap when parallel awards race for the last slots', async () => {
    await rule('test.race-cap', { cap: { period: 'week', limit: 3 }, repeatable: true })
    const u = await user()
    const at = new Date('2026-03-11T12:00:00Z')
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => award(payload, { user: u, rule: 'test.race-cap', source: `guides:${i}`, at })))
    expect(results.filter((r) => r.awarded)).toHaveLength(3)
    expect(results.filter((r) => r.reason === 'capped')).toHaveLength(3)
    expect(await entries(u)).toHaveLength(3)
  })

  it('grants a non-repeatable rule once per user and source, also to two parallel awards, and again after a reversal', async () => {
    await rule('test.once')
    const u = await user()
    const other = await user()
    const [a, b] = await Promise.all([award(payload, { user: u, rule: 'test.once', source: 'white-papers:7' }), award(payload, { user: u, rule: 'test.once', source: 'white-papers:7' })])
    expect([a.awarded, b.awarded].sort()).toEqual([false, true])
    expect([a.reason, b.reason]).toContain('repeat')
    // Another user and another source are separate grants.
    expect((await award(payload, { user: other, rule: 'test.once', source: 'white-papers:7' })).awarded).toBe(true)
    expect((await award(payload, { user: u, rule: 'test.once', source: 'white-papers:8' })).awarded).toBe(true)
    expect(await reverse(payload, { source: 'white-papers:7', user: u, reason: 'unpublished' })).toBe(1)
    // Republished: one fresh grant, and again only one when two race for it.
    const again = await Promise.all([award(payload, { user: u, rule: 'test.once', source: 'white-papers:7' }), award(payload, { user: u, rule: 'test.once', source: 'white-papers:7' })])
    expect(again.filter((r) => r.awarded)).toHaveLength(1)
    expect((await entries(u)).map((e) => [e.source, e.delta])).toEqual([['white-papers:7', 10], ['white-papers:8', 10], ['white-papers:7', -10], ['white-papers:7', 10]])
    expect((await growthOf(u))?.value).toBe(20)
    expect((await growthOf(other))?.value).toBe(10)
  })

  it('refuses unknown and inactive rules and self-grants where the rule forbids them, and creates a missing default rule', async () => {
    const u = await user()
    expect(await award(payload, { user: u, rule: 'no.such-rule', source: 'x:1' })).toEqual({ awarded: false, reason: 'unknown-rule' })
    await rule('test.off', { active: false })
    expect(await award(payload, { user: u, rule: 'test.off', source: 'x:1' })).toEqual({ awarded: false, reason: 'inactive' })
    await payload.delete({ collection: 'growth-rules', where: { key: { equals: 'review.completed' } }, overrideAccess: true })
    expect(await award(payload, { user: u, rule: 'review.completed', source: 'articles:4', actor: u })).toMatchObject({ awarded: true, delta: 3 })
    expect((await payload.find({ collection: 'growth-rules', where: { key: { equals: 'review.completed' } }, overrideAccess: true })).totalDocs).toBe(1)
    const giver = await user()
    expect(await award(payload, { user: u, rule: 'kudos.received', source: 'kudos:999', actor: u })).toEqual({ awarded: false, reason: 'self' })
    expect(await award(payload, { user: u, rule: 'kudos.received', source: 'kudos:999', actor: giver, units: 3 })).toMatchObject({ awarded: true, delta: 6 })
  })

  it('reverses with counter-entries (never edits), once even when two reversals race, and recomputes the level from the ledger', async () => {
    await rule('test.big', { points: 150, repeatable: true })
    const u = await user()
    await award(payload, { user: u, rule: 'test.big', source: 'conversions:55#white-papers:1', detail: 'lead' })
    await award(payload, { user: u, rule: 'test.big', source: 'conversions:55#white-papers:2', detail: 'lead' })
    await award(payload, { user: u, rule: 'test.big', source: 'conversions:56#white-papers:1', detail: 'lead' })
    expect(await growthOf(u)).toMatchObject({ value: 450, level: 5 })
    expect(await levelOf(payload, u)).toBe(5)
    // A refund of conversion 55 counters both of its entries (source and source#…), once.
    const counted = await Promise.all([reverse(payload, { source: 'conversions:55', reason: 'refunded' }), reverse(payload, { source: 'conversions:55', reason: 'refunded' })])
    expect(counted[0] + counted[1]).toBe(2)
    const ledger = await entries(u)
    expect(ledger.map((e) => e.delta)).toEqual([150, 150, 150, -150, -150])
    expect(ledger.slice(3).map((e) => e.reverses).sort()).toEqual([ledger[0].id, ledger[1].id].sort())
    expect(ledger.slice(3).every((e) => e.reason === 'refunded')).toBe(true)
    // Below the level-3 threshold (200): demoted at once.
    expect(await growthOf(u)).toMatchObject({ value: 150, level: 2 })
    expect(await reverse(payload, { source: 'conversions:55', reason: 'again' })).toBe(0)
    // The cache is derived: wiped, it comes back from the ledger.
    await payload.update({ collection: 'users', id: u, data: { growth: { value: 0, level: 1 } }, overrideAccess: true })
    expect(await recomputeGrowth(payload, u)).toMatchObject({ users: 1 })
    expect(await growthOf(u)).toMatchObject({ value: 150, level: 2 })
  })

  it('demotes an inactive member one level after the grace period in the nightly recompute', async () => {
    await payload.updateGlobal({ slug: 'team-growth-settings', data: { demotion: { windowDays: 30, ratio: 0.9, graceDays: 7, requirementShare: 0.5 } }, overrideAccess: true })
    await rule('test.old', { points: 100, repeatable: true })
    const u = await user()
    const now = Date.now()
    for (let i = 0; i < 3; i++) await award(payload, { user: u, rule: 'test.old', source: `articles:${100 + i}`, at: new Date(now - 60 * DAY) })
    // Earned 60 days ago: level 4 by lifetime value, but nothing in the 30-day window.
    expect(await growthOf(u)).toMatchObject({ value: 300, level: 1 })
    // Promotion needs the requirement in the window (0.5 × 300 for level 4): earned now, it is met.
    await award(payload, { user: u, rule: 'test.old', source: 'articles:200' })
    expect(await growthOf(u)).toMatchObject({ value: 400, level: 3 })
    // Within grace nothing moves; 8 days later (levelSince is old) the nightly run demotes one level.
    await recomputeGrowth(payload, u, new Date(now + DAY))
    expect((await growthOf(u))?.level).toBe(3)
    await recomputeGrowth(payload, u, new Date(now + 31 * DAY))
    expect((await growthOf(u))?.level).toBe(2)
    await payload.updateGlobal({ slug: 'team-growth-settings', data: { demotion: { windowDays: 90, ratio: 0.9, graceDays: 14, requirementShare: 0 } }, overrideAccess: true })
    // The nightly job task recomputes everyone from the ledger: with the inactivity rule off, lifetime value rules again.
    await payload.jobs.queue({ task: 'recomputeGrowth', input: {} })
    const { jobStatus = {} } = await payload.jobs.run({ silent: true })
    expect(Object.values(jobStatus)).toEqual([{ status: 'success' }])
    expect((await growthOf(u))?.level).toBe(5)
  })

  it('counts task progress from the ledger, locks series steps until the previous one is complete and completes a task once', async () => {
    const u = await user()
    const first = await createTask({ title: 'Publish a guide', kind: 'novice', rule: 'content.published', sourcePrefix: 'guides:', target: 1, reward: 20, series: 'writer', step: 1 })
    const second = await createTask({ title: 'Publish three guides', kind: 'main', rule: 'content.published', sourcePrefix: 'guides:', target: 3, reward: 50, series: 'writer', step: 2 })
    const paper = await createTask({ title: 'A white paper with 3 leads', kind: 'main', rule: 'conversion.credited', detail: 'lead', sourcePrefix: 'white-papers:', scope: 'single-source', target: 3, reward: 30 })
    const view = async () => Object.fromEntries((await tasksFor(payload, u)).map((t) => [t.id, t]))
    expect((await view())[second.id]).toMatchObject({ locked: true, progress: 0, completed: false })
    // An article does not count for a guide task.
    await award(payload, { user: u, rule: 'content.published', source: 'articles:9' })
    expect((await view())[first.id]).toMatchObject({ progress: 0, completed: false })
    await award(payload, { user: u, rule: 'content.published', source: 'guides:1' })
    await award(payload, { user: u, rule: 'content.published', source: 'guides:2' })
    let tasks = await view()
    expect(tasks[first.id]).toMatchObject({ completed: true, locked: false })
    expect(tasks[second.id]).toMatchObject({ locked: false, progress: 2, completed: false })
    await award(payload, { user: u, rule: 'content.published', source: 'guides:3' })
    expect((await view())[second.id]).toMatchObject({ completed: true, progress: 3 })
    // Single source: three leads spread over two papers are not enough; a third on one paper is.
    for (const [conversion, item] of [[1, 12], [2, 12], [3, 7]]) await award(payload, { user: u, rule: 'conversion.credited', source: `conversions:${conversion}#white-papers:${item}`, detail: 'lead' })
    await award(payload, { user: u, rule: 'conversion.credited', source: 'conversions:4#white-papers:12', detail: 'signup' })
    expect((await view())[paper.id]).toMatchObject({ progress: 2, completed: false })
    await award(payload, { user: u, rule: 'conversion.credited', source: 'conversions:5#white-papers:12', detail: 'lead' })
    expect((await view())[paper.id]).toMatchObject({ progress: 3, completed: true })
    await award(payload, { user: u, rule: 'conversion.credited', source: 'conversions:6#white-papers:12', detail: 'lead' })
    const completions = (await entries(u)).filter((e) => e.rule === 'task.completed')
    expect(completions.map((e) => [e.source, e.delta])).toEqual([[`growth-tasks:${first.id}`, 20], [`growth-tasks:${second.id}`, 50], [`growth-tasks:${paper.id}`, 30]])
    await payload.update({ collection: 'growth-tasks', id: paper.id, data: { active: false }, overrideAccess: true })
    await payload.update({ collection: 'growth-tasks', where: { series: { equals: 'writer' } }, data: { active: false }, overrideAccess: true })
  })

  it('completes a recurring task once per week', async () => {
    const u = await user()
    const weekly = await createTask({ title: 'Review 2 this week', kind: 'recurring', period: 'week', rule: 'review.completed', target: 2, reward: 5 })
    for (const id of [1, 2, 3]) await award(payload, { user: u, rule: 'review.completed', source: `reviews:${id}` })
    const done = (await entries(u)).filter((e) => e.rule === 'task.completed')
    expect(done).toHaveLength(1)
    expect(done[0].source).toMatch(new RegExp(`^growth-tasks:${weekly.id}@\\d{4}-W\\d{2}$`))
    await payload.update({ collection: 'growth-tasks', id: weekly.id, data: { active: false }, overrideAccess: true })
  })

  it('awards a medal once, also when two awards race to it, and makes the latest medal the title', async () => {
    await rule('test.medal', { points: 1, repeatable: true })
    await payload.create({ collection: 'medals', data: { name: 'Starter', slug: 'starter', title: 'Starter', criteria: { kind: 'rule-count', rule: 'test.medal', min: 2 } }, overrideAccess: true })
    await payload.create({ collection: 'medals', data: { name: 'Regular', slug: 'regular', title: 'Regular', criteria: { kind: 'rule-count', rule: 'test.medal', min: 4 } }, overrideAccess: true })
    const u = await user()
    await award(payload, { user: u, rule: 'test.medal', source: 'a:1' })
    expect((await myGrowth(payload, u)).medals).toEqual([])
    await Promise.all([award(payload, { user: u, rule: 'test.medal', source: 'a:2' }), award(payload, { user: u, rule: 'test.medal', source: 'a:3' })])
    expect((await myGrowth(payload, u)).medals.map((m) => m.slug)).toEqual(['starter'])
    await award(payload, { user: u, rule: 'test.medal', source: 'a:4' })
    await award(payload, { user: u, rule: 'test.medal', source: 'a:5' })
    const mine = await myGrowth(payload, u)
    expect(mine.medals.map((m) => m.slug)).toEqual(['starter', 'regular'])
    expect(mine.title).toBe('Regular')
    expect((await payload.find({ collection: 'medal-awards', where: { user: { equals: u } }, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('ranks a team by value earned in the period, reversals counting, ties to whoever got there first', async () => {
    await rule('test.rank', { points: 10, repeatable: true })
    const [ann, bob, cid, outsider] = [await user('docs'), await user('docs'), await user('docs'), await user('sales')]
    const monday = new Date('2026-04-06T09:00:00Z')
    const at = (h: number) => new Date(monday.getTime() + h * 3_600_000)
    await award(payload, { user: bob, rule: 'test.rank', source: 'r:1', at: at(1) })
    await award(payload, { user: ann, rule: 'test.rank', source: 'r:2', at: at(2) })
    await award(payload, { user: cid, rule: 'test.rank', source: 'r:3', at: at(3) })
    await award(payload, { user: cid, rule: 'test.rank', source: 'r:4', at: at(4) })
    await award(payload, { user: outsider, rule: 'test.rank', source: 'r:5', at: at(5) })
    // Last week's entry counts for ALL and not for this week.
    await award(payload, { user: ann, rule: 'test.rank', source: 'r:6', at: new Date(monday.getTime() - 2 * DAY) })
    const week = await growthRanking(payload, { team: 'docs', period: 'WEEK' }, at(10))
    expect(week.rows.map((r) => [r.userId, r.value])).toEqual([[cid, 20], [bob, 10], [ann, 10]])
    expect(week).toMatchObject({ from: '2026-04-06T00:00:00.000Z', to: '2026-04-13T00:00:00.000Z' })
    // An explicit range: from Monday 02:30 on, Bob's entry is out.
    const range = await growthRanking(payload, { team: 'docs', period: 'WEEK', from: at(1.5), to: at(48) })
    expect(range.rows.map((r) => [r.userId, r.value])).toEqual([[cid, 20], [ann, 10], [bob, 0]])
    const all = await growthRanking(payload, { team: 'docs', period: 'ALL' })
    expect(all.rows.map((r) => [r.userId, r.value])).toEqual([[ann, 20], [cid, 20], [bob, 10]])
    // A reversal in the period counts against it.
    await reverse(payload, { source: 'r:3', reason: 'undone' })
    const after = await growthRanking(payload, { team: 'docs', period: 'ALL' })
    expect(after.rows.map((r) => [r.userId, r.value])).toEqual([[ann, 20], [bob, 10], [cid, 10]])
    expect(after.rows[0]).toMatchObject({ rank: 1, level: 1, team: 'docs' })
  })
})
