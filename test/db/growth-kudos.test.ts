import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { award } from '../../src/growth/team/ledger'
import { bootServer } from '../helpers/boot'
import { createUser, loginHeader, type TestUser } from '../helpers/users'
import { clients, draftArticle, eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

/**
 * Kudos, the growth API and the ledger's access rules through the real HTTP API: weight by the
 * giver's standing, one per person per item, no self-kudos, a withdrawn kudos reversed; myGrowth and
 * growthRanking over REST and GraphQL; the settings refuse a curve whose levels would not rise.
 */
describe('team growth over HTTP', () => {
  let server: Server
  let api: ReturnType<typeof clients>
  let author: TestUser
  let coAuthor: TestUser
  let authorAuth: string
  let articleId: number | string

  const login = async (u: TestUser) => loginHeader(server.url, u)
  const kudos = (auth: string, id: number | string, extra: Record<string, unknown> = {}) => api.rest('POST', '/api/kudos', auth, { item: { relationTo: 'articles', value: id }, ...extra })
  const ledgerOf = async (userId: number | string) =>
    (await server.payload.find({ collection: 'growth-ledger', where: { and: [{ user: { equals: userId } }, { rule: { equals: 'kudos.received' } }] }, sort: 'id', pagination: false, overrideAccess: true })).docs

  beforeAll(async () => {
    server = await bootServer({ JOBS_AUTORUN: 'off' })
    api = clients(server.url)
    // The first user becomes an admin (collections/Users/hooks/firstUserIsAdmin.ts): not the author.
    await createUser(server.payload, ['admin'])
    author = await createUser(server.payload, ['editor'])
    coAuthor = await createUser(server.payload, ['editor'])
    authorAuth = await login(author)
    articleId = await draftArticle(server.payload, 'Kudos target')
    await server.payload.update({ collection: 'articles', id: articleId, data: { authors: [Number(author.id), Number(coAuthor.id)] }, overrideAccess: true, context: { seeding: true } })
  })
  afterAll(async () => server?.close())

  it("weights kudos by the giver's standing (member 1, lead 2, admin 3) and credits every author", async () => {
    const member = await createUser(server.payload, ['reviewer'])
    const lead = await createUser(server.payload, ['marketer'])
    await server.payload.update({ collection: 'users', id: lead.id, data: { teamLead: true }, overrideAccess: true })
    const admin = await createUser(server.payload, ['admin'])
    for (const giver of [member, lead, admin]) {
      // The body cannot choose the giver or the weight.
      const res = await kudos(await login(giver), articleId, { giver: author.id, weight: 100 })
      expect(res.status, JSON.stringify(res.json)).toBe(201)
      expect(res.json.doc).toMatchObject({ weight: { [member.id]: 1, [lead.id]: 2, [admin.id]: 3 }[giver.id] })
      expect(res.json.doc.giver.id ?? res.json.doc.giver).toBe(giver.id)
    }
    // kudos.received is 2 points per unit: 2 + 4 + 6.
    for (const u of [author, coAuthor]) {
      const entries = await eventually(async () => ((await ledgerOf(u.id)).length === 3 ? ledgerOf(u.id) : undefined), 10_000, 'three kudos grants')
      expect(entries.map((e) => [e.units, e.delta])).toEqual([[1, 2], [2, 4], [3, 6]])
    }
    const me = await api.rest('GET', '/api/growth/me', authorAuth)
    expect(me.status).toBe(200)
    expect(me.json.value).toBe(12)
  })

  it('allows one kudos per person per item', async () => {
    const giver = await createUser(server.payload, ['editor'])
    const auth = await login(giver)
    expect((await kudos(auth, articleId)).status).toBe(201)
    const twice = await kudos(auth, articleId)
    expect(twice.status).toBe(409)
    expect(twice.json.errors[0].message).toBe('You already gave kudos on this item; one per person per item')
  })

  it('refuses kudos on your own content with a 403', async () => {
    const res = await kudos(authorAuth, articleId)
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toBe('You cannot give kudos on your own content')
    expect((await kudos(undefined as unknown as string, articleId)).status).toBe(403)
  })

  it("reverses the authors' grants when the kudos is withdrawn, and lets only the giver or an admin withdraw it", async () => {
    const giver = await createUser(server.payload, ['editor'])
    const auth = await login(giver)
    const other = await createUser(server.payload, ['editor'])
    const second = await draftArticle(server.payload, 'Withdrawn kudos')
    await server.payload.update({ collection: 'articles', id: second, data: { authors: [Number(other.id)] }, overrideAccess: true, context: { seeding: true } })
    const created = await kudos(auth, second)
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    await eventually(async () => (await ledgerOf(other.id)).length === 1 || undefined, 10_000, 'the kudos grant')
    const refused = await api.rest('DELETE', `/api/kudos/${id}`, authorAuth)
    expect(refused.status, JSON.stringify(refused.json)).toBe(403)
    expect((await api.rest('DELETE', `/api/kudos/${id}`, auth)).status).toBe(200)
    const entries = await eventually(async () => ((await ledgerOf(other.id)).length === 2 ? ledgerOf(other.id) : undefined), 10_000, 'the counter-entry')
    expect(entries.map((e) => e.delta)).toEqual([2, -2])
    expect(entries[1].reverses && typeof entries[1].reverses === 'object' ? entries[1].reverses.id : entries[1].reverses).toBe(entries[0].id)
    expect((await server.payload.findByID({ collection: 'users', id: other.id, overrideAccess: true })).growth?.value).toBe(0)
  })

  it("shows a member only their own ledger entries and never lets the API write the ledger or one's growth", async () => {
    const me = await createUser(server.payload, ['editor'])
    const someone = await createUser(server.payload, ['editor'])
    await award(server.payload, { user: Number(me.id), rule: 'review.completed', source: 'articles:1' })
    await award(server.payload, { user: Number(someone.id), rule: 'review.completed', source: 'articles:1' })
    const auth = await login(me)
    const mine = await api.rest('GET', '/api/growth-ledger?limit=100', auth)
    expect(mine.status).toBe(200)
    expect(mine.json.docs.map((d: { user: { id: number } | number }) => (typeof d.user === 'object' ? d.user.id : d.user))).toEqual([me.id])
    expect((await api.rest('POST', '/api/growth-ledger', auth, { user: me.id, rule: 'review.completed', delta: 1000, source: 'x:1', at: new Date().toISOString() })).status).toBe(403)
    const patched = await api.patch(auth, 'users', me.id, { growth: { value: 9999, level: 9 }, teamLead: true })
    expect(patched.status).toBe(200)
    const stored = await server.payload.findByID({ collection: 'users', id: me.id, overrideAccess: true })
    expect(stored.growth).toMatchObject({ value: 3, level: 1 })
    expect(stored.teamLead).toBe(false)
  })

  it('answers myGrowth and growthRanking over GraphQL and REST, for team members only', async () => {
    const a = await createUser(server.payload, ['editor'])
    const b = await createUser(server.payload, ['marketer'])
    for (const u of [a, b]) await server.payload.update({ collection: 'users', id: u.id, data: { team: 'growth-http' }, overrideAccess: true })
    await award(server.payload, { user: Number(a.id), rule: 'distribution.sent', source: 'distributions:1' })
    await award(server.payload, { user: Number(b.id), rule: 'distribution.sent', source: 'distributions:1' })
    await award(server.payload, { user: Number(b.id), rule: 'distribution.sent', source: 'distributions:2' })
    const auth = await login(a)
    const { data, errors } = await api.gql(
      auth,
      `{ myGrowth { value level nextLevel nextLevelValue progress title medals { slug } tasks { id title kind progress target completed locked } privileges { privilege level unlocked } }
         growthRanking(team: "growth-http", period: ALL) { rows { rank userId value level } } }`,
    )
    expect(errors).toBeUndefined()
    // Defaults: power curve, level 2 at 50; 5 points.
    expect(data?.myGrowth).toMatchObject({ value: 5, level: 1, nextLevel: 2, nextLevelValue: 50, progress: 0.1, title: null, medals: [] })
    expect(data?.myGrowth.privileges).toEqual([
      { privilege: 'badge', level: 2, unlocked: false },
      { privilege: 'review-priority', level: 3, unlocked: false },
      { privilege: 'publish-small-edits', level: 4, unlocked: false },
    ])
    expect(data?.growthRanking.rows.map((r: { userId: number; value: number }) => [r.userId, r.value])).toEqual([[b.id, 10], [a.id, 5]])
    const rest = await api.rest('GET', '/api/growth/ranking?team=growth-http&period=ALL', auth)
    expect(rest.status).toBe(200)
    expect(rest.json.rows.map((r: { userId: number }) => r.userId)).toEqual([b.id, a.id])
    expect((await api.rest('GET', '/api/growth/ranking?period=YEAR', auth)).json.errors[0].message).toMatch(/period must be one of WEEK, MONTH, ALL/)
    expect((await api.rest('GET', '/api/growth/me')).status).toBe(401)
    expect((await api.gql(undefined, '{ myGrowth { value } }')).errors?.[0].message).toBe('Sign in to see growth')
  })

  it('refuses settings whose curve would not rise, keeping the saved ones', async () => {
    const admin = await login(await createUser(server.payload, ['admin']))
    const save = (data: Record<string, unknown>) => api.rest('POST', '/api/globals/team-growth-settings', admin, data)
    const bad = await save({ curve: { kind: 'piecewise', base: 1, thresholds: [10, 30, 20], maxLevel: 5 } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.json)).toContain('thresholds must rise: 20 (level 4) is not above 30')
    expect((await save({ curve: { kind: 'exponential', base: 10, factor: 1, maxLevel: 5 } })).status).toBe(400)
    expect((await save({ privileges: [{ privilege: 'badge', level: 2 }, { privilege: 'badge', level: 3 }] })).status).toBe(400)
    const ok = await save({ curve: { kind: 'piecewise', base: 1, thresholds: [10, 30], maxLevel: 5 } })
    expect(ok.status, JSON.stringify(ok.json)).toBe(200)
    const stored = await server.payload.findGlobal({ slug: 'team-growth-settings' })
    expect(stored.curve?.thresholds).toEqual([10, 30])
    const refused = await api.rest('POST', '/api/globals/team-growth-settings', authorAuth, { smallEditChars: 1 })
    expect(refused.status, JSON.stringify(refused.json)).toBe(403)
  })
})
