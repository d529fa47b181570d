import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { award } from '../../src/growth/team/ledger'
import { bootServer } from '../helpers/boot'
import { createUser, loginHeader, type TestUser } from '../helpers/users'
import { clients, goodMeta, TRANSITION_MUTATION } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

/**
 * Growth privileges enforced by the server (issue 6, "growth exports"): publishing one's own small
 * edit without review from a level, review-queue priority, and the badge — through the real REST and
 * GraphQL API, with levels reached by awards in the ledger, never by writing the level.
 */
describe('growth privileges', () => {
  let server: Server
  let api: ReturnType<typeof clients>
  const users: Record<string, TestUser> = {}
  const auth: Record<string, string> = {}
  let sources = 0

  /** Raises a user to `level` through the ledger (linear curve: 10 per level, see beforeAll). */
  const raiseTo = async (who: string, level: number) => {
    const id = Number(users[who].id)
    const stored = await server.payload.findByID({ collection: 'users', id, depth: 0 })
    const missing = (level - 1) * 10 - (stored.growth?.value ?? 0)
    if (missing > 0) expect((await award(server.payload, { user: id, rule: 'task.completed', source: `test:${sources++}`, units: missing })).awarded).toBe(true)
    expect((await server.payload.findByID({ collection: 'users', id, depth: 0 })).growth?.level).toBe(level)
  }

  const article = async (title: string, authors: string[]) =>
    Number(
      (
        await server.payload.create({
          collection: 'articles',
          data: { title, slug: `a-${crypto.randomBytes(4).toString('hex')}`, format: 'article', meta: goodMeta, authors: authors.map((a) => Number(users[a].id)) } as never,
        })
      ).id,
    )

  /** An article by `author`, submitted, approved and published by the right people. */
  const published = async (title: string, author = 'author') => {
    const id = await article(title, [author])
    expect((await api.transition(auth[author], 'articles', id, { to: 'in_review' })).status).toBe(200)
    expect((await api.transition(auth.reviewer, 'articles', id, { to: 'approved' })).status).toBe(200)
    expect((await api.transition(auth.marketer, 'articles', id, { to: 'published' })).status).toBe(200)
    return id
  }
  const live = async (id: number) => (await api.rest('GET', `/api/articles/${id}?depth=0`)).json

  beforeAll(async () => {
    server = await bootServer({ JOBS_AUTORUN: 'off' })
    api = clients(server.url)
    // Round numbers: level L needs 10·(L−1); no inactivity rule in the way of a promotion.
    await server.payload.updateGlobal({
      slug: 'team-growth-settings',
      data: {
        curve: { kind: 'linear', base: 10, maxLevel: 10 },
        demotion: { windowDays: 90, ratio: 0.9, graceDays: 14, requirementShare: 0 },
        privileges: [
          { privilege: 'badge', level: 2 },
          { privilege: 'review-priority', level: 3 },
          { privilege: 'publish-small-edits', level: 4 },
        ],
        smallEditChars: 40,
      },
    })
    const roles = { admin: ['admin'], author: ['editor'], other: ['editor'], low: ['editor'], high: ['editor'], reviewer: ['reviewer'], marketer: ['marketer'] } as const
    for (const [name, r] of Object.entries(roles)) {
      users[name] = await createUser(server.payload, [...r])
      auth[name] = await loginHeader(server.url, users[name])
    }
  })
  afterAll(async () => server?.close())

  it('refuses to publish an own small edit below the level, naming it, and publishes it without review at that level', async () => {
    const id = await published('Layers for banks')
    const edit = await api.patch(auth.author, 'articles', id, { title: 'Layers for banks, revised' })
    expect(edit.status, JSON.stringify(edit.json)).toBe(200)
    expect(edit.json.doc.workflowState).toBe('draft')

    // Publishing it earned the author content.published (10): level 2 of the 4 needed.
    const refused = await api.transition(auth.author, 'articles', id, { to: 'published' })
    expect(refused.status).toBe(403)
    expect(refused.json.errors[0].message).toMatch(/publish a small edit.*needs level 4 \(you are level 2\)/)
    await raiseTo('author', 3)
    const stillRefused = await api.gql(auth.author, TRANSITION_MUTATION, { id: String(id), to: 'published' })
    expect(stillRefused.errors?.[0].message).toMatch(/needs level 4 \(you are level 3\)/)
    expect((await live(id)).title).toBe('Layers for banks')

    await raiseTo('author', 4)
    const allowed = await api.gql(auth.author, TRANSITION_MUTATION, { id: String(id), to: 'published' })
    expect(allowed.errors).toBeUndefined()
    expect(allowed.data?.transition).toMatchObject({ workflowState: 'published', status: 'published' })
    expect(await live(id)).toMatchObject({ title: 'Layers for banks, revised', workflowState: 'published' })
    const stored = await server.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
    expect(stored.workflowLog?.at(-1)).toMatchObject({ action: 'publish a small edit', from: 'draft', to: 'published', by: Number(users.author.id) })

    // The admin's Publish button (the whole form, _status published) takes the same edge.
    const again = await api.patch(auth.author, 'articles', id, { title: 'Layers for banks, revised again' })
    expect(again.json.doc.workflowState).toBe('draft')
    const { json: form } = await api.rest('GET', `/api/articles/${id}?draft=true&depth=0`, auth.author)
    expect((await api.patch(auth.author, 'articles', id, { ...form, _status: 'published' }, '?draft=true')).status).toBe(200)
    expect((await live(id)).title).toBe('Layers for banks, revised again')
  })

  it('sends a big edit to review, and refuses small edits of documents the user does not author', async () => {
    await raiseTo('author', 4)
    await raiseTo('other', 4)
    const id = await published('Heavy retention playbook')
    expect((await api.patch(auth.author, 'articles', id, { title: `Heavy retention playbook: ${'a much longer title '.repeat(3)}` })).status).toBe(200)
    const big = await api.transition(auth.author, 'articles', id, { to: 'published' })
    expect(big.status).toBe(409)
    expect(big.json.errors[0].message).toMatch(/changes \d+ characters, more than the 40 a small edit may change: it needs review/)

    // Someone else's article: a colleague at the level may not publish their own tweak of it.
    const theirs = await published('Dormant accounts', 'other')
    expect((await api.patch(auth.author, 'articles', theirs, { title: 'Dormant accounts!' })).status).toBe(200)
    const notMine = await api.transition(auth.author, 'articles', theirs, { to: 'published' })
    expect(notMine.status).toBe(403)
    expect(notMine.json.errors[0].message).toMatch(/only on documents you author/)
    // Nor may the author publish it now: the last change is the colleague's.
    const notOwnEdit = await api.transition(auth.other, 'articles', theirs, { to: 'published' })
    expect(notOwnEdit.status).toBe(403)
    expect(notOwnEdit.json.errors[0].message).toMatch(/only your own edit/)
    expect((await live(theirs)).title).toBe('Dormant accounts')

    // A document that was never published has no small edits: review is the only way.
    const fresh = await article('Never published', ['author'])
    const jump = await api.transition(auth.author, 'articles', fresh, { to: 'published' })
    expect(jump.status).toBe(409)
    expect(jump.json.errors[0].message).toMatch(/draft → published is not a workflow transition/)
    // Marketers publish reviewed work; the small-edit edge is for writers.
    expect((await api.transition(auth.marketer, 'articles', id, { to: 'published' })).status).toBe(403)
  })

  it('lists documents in review of every content type, priority first, then the oldest submission', async () => {
    await raiseTo('high', 3)
    const a = await article('Queue: low first', ['low'])
    const b = await article('Queue: high second', ['high'])
    const paper = Number(
      (await server.payload.create({ collection: 'white-papers', data: { title: 'Queue: low paper', slug: `p-${crypto.randomBytes(4).toString('hex')}`, authors: [Number(users.low.id)], meta: goodMeta } as never })).id,
    )
    expect((await api.transition(auth.low, 'articles', a, { to: 'in_review' })).status).toBe(200)
    expect((await api.transition(auth.high, 'articles', b, { to: 'in_review' })).status).toBe(200)
    expect((await api.transition(auth.low, 'white-papers', paper, { to: 'in_review' })).status).toBe(200)

    const queue = await api.rest('GET', '/api/review-queue', auth.reviewer)
    expect(queue.status).toBe(200)
    const mine = (queue.json.items as { collection: string; id: number; reviewPriority: number; submittedBy: number }[]).filter((i) =>
      [`articles:${a}`, `articles:${b}`, `white-papers:${paper}`].includes(`${i.collection}:${i.id}`),
    )
    expect(mine.map((i) => `${i.collection}:${i.id}`)).toEqual([`articles:${b}`, `articles:${a}`, `white-papers:${paper}`])
    expect(mine.map((i) => i.reviewPriority)).toEqual([1, 0, 0])
    expect(mine[0].submittedBy).toBe(Number(users.high.id))

    // The server sets the priority: a client's value is ignored.
    const c = await article('Queue: sneaky', ['low'])
    expect((await api.patch(auth.low, 'articles', c, { reviewPriority: 9 })).status).toBe(200)
    expect((await server.payload.findByID({ collection: 'articles', id: c, draft: true, depth: 0 })).reviewPriority).toBe(0)

    expect((await api.rest('GET', '/api/review-queue', auth.low)).status).toBe(403)
    expect((await api.rest('GET', '/api/review-queue')).status).toBe(401)
    expect((await api.rest('GET', '/api/review-queue?limit=0', auth.admin)).status).toBe(400)
  })

  it('shows a badge only from the badge level: the latest medal title, else the level; clients cannot set it', async () => {
    const user = await createUser(server.payload, ['editor'])
    users.badged = user
    auth.badged = await loginHeader(server.url, user)
    const me = async () => (await api.rest('GET', `/api/users/${user.id}`, auth.badged)).json
    expect((await me()).badge ?? null).toBeNull()

    await raiseTo('badged', 2)
    expect((await me()).badge).toBe('Level 2')
    const medal = await server.payload.create({ collection: 'medals', data: { name: 'First steps', slug: `first-steps-${sources}`, title: 'Rising star', criteria: { kind: 'level', min: 99 } } })
    await server.payload.create({ collection: 'medal-awards', data: { user: Number(user.id), medal: medal.id, at: new Date().toISOString() } })
    expect((await me()).badge).toBe('Rising star')

    // An admin sees it in the users list (the admin's column); the user cannot write it.
    const list = await api.rest('GET', `/api/users?where[id][equals]=${user.id}&depth=0`, auth.admin)
    expect(list.json.docs[0].badge).toBe('Rising star')
    const write = await api.rest('PATCH', `/api/users/${user.id}`, auth.badged, { badge: 'Grandmaster', name: 'Badged' })
    expect(write.status).toBe(200)
    expect(write.json.doc.badge).toBe('Rising star')
    // Below the level: no badge, even with a medal.
    const low = (await api.rest('GET', `/api/users/${users.low.id}`, auth.low)).json
    expect(low.badge ?? null).toBeNull()
  })
})
