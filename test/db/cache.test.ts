import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { cacheStats } from '../../src/cache/shared'
import { bootServer } from '../helpers/boot'
import { apiKeyHeader, createUser, loginHeader, type TestUser } from '../helpers/users'

type Server = Awaited<ReturnType<typeof bootServer>>

const SEEDING = { seeding: true }

describe('cached published reads through the real app', () => {
  let server: Server
  let admin: TestUser, editor: TestUser, developer: TestUser
  let editorAuth: string, adminAuth: string

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })
  const gql = (query: string, variables?: object, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    })
  const bySlug = (slug: string) => `/api/white-papers?where[slug][equals]=${slug}&depth=1`
  const titles = async (res: Response): Promise<string[]> => ((await res.json()) as { docs: { title: string }[] }).docs.map((d) => d.title)

  const publish = (slug: string, title: string, extra: object = {}) =>
    server.payload.create({
      collection: 'white-papers',
      data: { title, slug, workflowState: 'published', _status: 'published', ...extra },
      context: SEEDING,
    })
  const retitle = (id: number, title: string) =>
    server.payload.update({ collection: 'white-papers', id, data: { title }, context: SEEDING })

  beforeAll(async () => {
    server = await bootServer()
    admin = await createUser(server.payload, ['admin'])
    editor = await createUser(server.payload, ['editor'])
    developer = await createUser(server.payload, ['developer'], { apiKey: true })
    editorAuth = await loginHeader(server.url, editor)
    adminAuth = await loginHeader(server.url, admin)
  })
  afterAll(async () => server?.close())

  it('serves the second anonymous read from the cache, byte for byte, with public caching headers', async () => {
    await publish('cached-once', 'Cached once')
    const first = await get(bySlug('cached-once'))
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    const hitsBefore = cacheStats()!.hits
    const second = await get(bySlug('cached-once'))
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(cacheStats()!.hits).toBe(hitsBefore + 1)
    expect(await second.text()).toBe(await first.text())
    for (const res of [first, second]) {
      expect(res.headers.get('etag')).toMatch(/^"[\w-]+"$/)
      expect(res.headers.get('cache-control')).toBe('public, max-age=10, stale-while-revalidate=60')
      expect(res.headers.get('vary')).toBe('Authorization, Cookie, Accept-Language')
      expect(res.headers.get('content-type')).toMatch(/application\/json/)
    }
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
  })

  it('answers a matching If-None-Match with 304, cached or not', async () => {
    const doc = await publish('validated', 'Validated')
    const path = `/api/white-papers/${doc.id}`
    const fresh = await get(path)
    const etag = fresh.headers.get('etag')!
    expect(etag).toBeTruthy()

    const notModified = await get(path, { 'if-none-match': etag })
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe('')
    expect(notModified.headers.get('etag')).toBe(etag)
    expect(notModified.headers.get('cache-control')).toMatch(/^public/)
    expect((await get(path, { 'if-none-match': `"other", W/${etag}` })).status).toBe(304)
    expect((await get(path, { 'if-none-match': '"something-else"' })).status).toBe(200)

    // The signed-in path never touches the cache and still validates.
    const signedIn = await get(path, { authorization: editorAuth })
    expect(signedIn.headers.get('x-cache')).toBe('BYPASS')
    const privateEtag = signedIn.headers.get('etag')!
    expect(privateEtag).toMatch(/^"[\w-]+"$/)
    const again = await get(path, { authorization: editorAuth, 'if-none-match': privateEtag })
    expect(again.status).toBe(304)
    expect(again.headers.get('cache-control')).toBe('private, no-store')

    // A changed document has a new validator, so the old one no longer matches.
    await retitle(doc.id, 'Validated, revised')
    const changed = await get(path, { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('shows an update, an unpublish and a re-publish on the very next read', async () => {
    const doc = await publish('lifecycle', 'Lifecycle v1')
    const byId = `/api/white-papers/${doc.id}`
    await get(bySlug('lifecycle'))
    await get(byId)
    expect((await get(bySlug('lifecycle'))).headers.get('x-cache')).toBe('HIT')

    await retitle(doc.id, 'Lifecycle v2')
    const updated = await get(bySlug('lifecycle'))
    expect(updated.headers.get('x-cache')).toBe('MISS')
    expect(await titles(updated)).toEqual(['Lifecycle v2'])
    expect(((await (await get(byId)).json()) as { title: string }).title).toBe('Lifecycle v2')

    await server.payload.update({
      collection: 'white-papers',
      id: doc.id,
      data: { _status: 'draft', workflowState: 'draft' },
      context: SEEDING,
    })
    expect(await titles(await get(bySlug('lifecycle')))).toEqual([])
    expect((await get(byId)).status).toBe(404)

    await server.payload.update({
      collection: 'white-papers',
      id: doc.id,
      data: { title: 'Lifecycle v3', _status: 'published', workflowState: 'published' },
      context: SEEDING,
    })
    expect(await titles(await get(bySlug('lifecycle')))).toEqual(['Lifecycle v3'])
    expect((await get(byId)).status).toBe(200)
  })

  it('drops what a read cached between a write and its commit', async () => {
    const doc = await publish('in-transaction', 'Before')
    const req = await createLocalReq({ context: SEEDING }, server.payload)
    await initTransaction(req)
    await server.payload.update({ collection: 'white-papers', id: doc.id, data: { title: 'After' }, req })
    // On PostgreSQL this read sees the last committed title and stores it; SQLite has no transaction.
    await get(bySlug('in-transaction'))
    await commitTransaction(req)
    expect(await titles(await get(bySlug('in-transaction')))).toEqual(['After'])
  })

  it('drops a deleted document from the next read', async () => {
    const doc = await publish('short-lived', 'Short-lived')
    await get(bySlug('short-lived'))
    expect((await get(bySlug('short-lived'))).headers.get('x-cache')).toBe('HIT')
    const del = await fetch(`${server.url}/api/white-papers/${doc.id}`, { method: 'DELETE', headers: { authorization: adminAuth } })
    expect(del.status).toBe(200)
    expect(await titles(await get(bySlug('short-lived')))).toEqual([])
  })

  it('keeps drafts out of the cache and away from anonymous readers', async () => {
    const doc = await publish('has-a-draft', 'Public title')
    await server.payload.update({ collection: 'white-papers', id: doc.id, data: { title: 'Secret draft title' }, draft: true, context: SEEDING })
    await server.payload.create({
      collection: 'white-papers',
      data: { title: 'Unpublished idea', slug: 'unpublished-idea', workflowState: 'draft', _status: 'draft' },
      draft: true,
      context: SEEDING,
    })

    const anonymous = ['/api/white-papers?limit=100', `/api/white-papers/${doc.id}`, bySlug('has-a-draft')]
    for (const path of anonymous) {
      for (let i = 0; i < 2; i++) {
        const text = await (await get(path)).text()
        expect(text).not.toContain('Secret draft title')
        expect(text).not.toContain('Unpublished idea')
      }
      expect((await get(path)).headers.get('x-cache')).toBe('HIT')
    }

    // Asking for drafts bypasses the cache whoever asks; only the team gets them.
    const anonymousDraft = await get(`/api/white-papers/${doc.id}?draft=true`)
    expect(anonymousDraft.headers.get('x-cache')).toBe('BYPASS')
    expect(anonymousDraft.headers.get('cache-control')).toBe('private, no-store')
    expect(await anonymousDraft.text()).not.toContain('Secret draft title')
    const teamDraft = await get(`/api/white-papers/${doc.id}?draft=true`, { authorization: editorAuth })
    expect(teamDraft.headers.get('x-cache')).toBe('BYPASS')
    expect(((await teamDraft.json()) as { title: string }).title).toBe('Secret draft title')

    // The drafts a team member just read were not stored for the next anonymous reader.
    expect(await (await get(`/api/white-papers/${doc.id}?draft=true`)).text()).not.toContain('Secret draft title')
    for (const path of anonymous) expect(await (await get(path)).text()).not.toContain('Secret draft title')

    const gqlDraft = await gql(`{ WhitePaper(id: ${doc.id}, draft: true) { title } }`)
    expect(gqlDraft.headers.get('x-cache')).toBe('BYPASS')
    expect(await gqlDraft.text()).not.toContain('Secret draft title')
  })

  it('never answers a signed-in reader from the cache', async () => {
    await server.payload.create({
      collection: 'white-papers',
      data: { title: 'Team only', slug: 'team-only', workflowState: 'draft', _status: 'draft' },
      draft: true,
      context: SEEDING,
    })
    const list = '/api/white-papers?limit=100&sort=slug'
    await get(list)
    const cached = await get(list)
    expect(cached.headers.get('x-cache')).toBe('HIT')
    const anonymousTitles = await titles(cached)
    expect(anonymousTitles).not.toContain('Team only')

    const token = editorAuth.replace(/^JWT /, '')
    const hitsBefore = cacheStats()!.hits
    const entriesBefore = cacheStats()!.entries
    const signedIn: Record<string, string>[] = [{ authorization: editorAuth }, { cookie: `theme=dark; payload-token=${token}` }]
    for (const headers of signedIn) {
      const res = await get(list, headers)
      expect(res.headers.get('x-cache')).toBe('BYPASS')
      expect(res.headers.get('cache-control')).toBe('private, no-store')
      expect(await titles(res)).toContain('Team only')
    }
    // A developer API key sees what anonymous readers see, but still from Payload.
    const dev = await get(list, { authorization: apiKeyHeader(developer) })
    expect(dev.headers.get('x-cache')).toBe('BYPASS')
    expect(await titles(dev)).toEqual(anonymousTitles)
    expect(cacheStats()!.hits).toBe(hitsBefore)
    expect(cacheStats()!.entries).toBe(entriesBefore)

    // Signed-in GraphQL goes to Payload too.
    const query = '{ WhitePapers(limit: 100, sort: "slug") { docs { title } } }'
    await gql(query)
    const team = await gql(query, undefined, { authorization: editorAuth })
    expect(team.headers.get('x-cache')).toBe('BYPASS')
    expect(team.headers.get('cache-control')).toBe('private, no-store')
    expect(await team.text()).toContain('Team only')
  })

  it('bypasses the cache for preview tokens', async () => {
    const doc = await publish('previewed', 'Previewed')
    for (const [path, headers] of [
      [`/api/white-papers/${doc.id}?preview=not-a-token`, {}],
      [`/api/white-papers/${doc.id}`, { 'x-preview-token': 'not-a-token' }],
    ] as const) {
      const res = await get(path, headers)
      expect(res.headers.get('x-cache')).toBe('BYPASS')
      expect(res.headers.get('cache-control')).toBe('private, no-store')
    }
  })

  it('caches anonymous GraphQL queries and drops them when content changes', async () => {
    const doc = await publish('graphql-paper', 'GraphQL v1')
    const query = 'query Paper($slug: String) { WhitePapers(where: { slug: { equals: $slug } }) { docs { title } } }'
    const first = await gql(query, { slug: 'graphql-paper' })
    expect(first.headers.get('x-cache')).toBe('MISS')
    const second = await gql(query, { slug: 'graphql-paper' })
    expect(second.headers.get('x-cache')).toBe('HIT')
    const body = await second.text()
    expect(body).toBe(await first.text())
    expect(JSON.parse(body).data.WhitePapers.docs).toEqual([{ title: 'GraphQL v1' }])
    expect((await gql(query, { slug: 'cached-once' })).headers.get('x-cache')).toBe('MISS')

    await retitle(doc.id, 'GraphQL v2')
    const after = await gql(query, { slug: 'graphql-paper' })
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect((await after.json()).data.WhitePapers.docs).toEqual([{ title: 'GraphQL v2' }])
  })

  it('never caches GraphQL mutations, and a mutation drops the queries it affects', async () => {
    const industry = await server.payload.create({ collection: 'industries', data: { name: 'Finance', slug: 'finance' } })
    const query = `{ Industry(id: ${industry.id}) { name } }`
    await gql(query)
    expect((await gql(query)).headers.get('x-cache')).toBe('HIT')

    const mutation = `mutation { updateIndustry(id: ${industry.id}, data: { name: "Hacked" }) { name } }`
    const entries = cacheStats()!.entries
    for (let i = 0; i < 2; i++) {
      const res = await gql(mutation)
      expect(res.headers.get('x-cache')).toBe('BYPASS')
      expect((await res.json()).errors?.[0]?.message).toMatch(/not allowed/i)
    }
    // A document that holds a mutation is not cached even when a query in it is picked.
    const mixed = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query Q ${query} mutation M { updateIndustry(id: ${industry.id}, data: { name: "x" }) { name } }`, operationName: 'Q' }),
    })
    expect(mixed.headers.get('x-cache')).toBe('BYPASS')
    expect(cacheStats()!.entries).toBe(entries)
    expect((await server.payload.findByID({ collection: 'industries', id: industry.id })).name).toBe('Finance')

    const renamed = await gql(`mutation { updateIndustry(id: ${industry.id}, data: { name: "Financial services" }) { name } }`, undefined, {
      authorization: adminAuth,
    })
    expect(renamed.headers.get('x-cache')).toBe('BYPASS')
    expect((await renamed.json()).data.updateIndustry.name).toBe('Financial services')
    const fresh = await gql(query)
    expect(fresh.headers.get('x-cache')).toBe('MISS')
    expect((await fresh.json()).data.Industry.name).toBe('Financial services')
  })

  it('drops only the reads a change can reach', async () => {
    const industry = await server.payload.create({ collection: 'industries', data: { name: 'Retail', slug: 'retail' } })
    const paper = await publish('retail-paper', 'Retail paper', { industries: [industry.id] })
    const paths = { papers: bySlug('retail-paper'), industries: '/api/industries?limit=50', products: '/api/products' }
    const warm = async () => {
      for (const path of Object.values(paths)) await get(path)
    }
    const status = async () =>
      Object.fromEntries(await Promise.all(Object.entries(paths).map(async ([k, p]) => [k, (await get(p)).headers.get('x-cache')])))

    await warm()
    await retitle(paper.id, 'Retail paper, revised')
    expect(await status()).toEqual({ papers: 'MISS', industries: 'HIT', products: 'HIT' })

    // White papers show their industries, so renaming one drops them as well.
    await server.payload.update({ collection: 'industries', id: industry.id, data: { name: 'Retail & e-commerce' } })
    expect(await status()).toEqual({ papers: 'MISS', industries: 'MISS', products: 'HIT' })
    const populated = (await (await get(paths.papers)).json()) as { docs: { industries: { name: string }[] }[] }
    expect(populated.docs[0].industries[0].name).toBe('Retail & e-commerce')
  })

  it('answers HEAD from the cache with headers only', async () => {
    await publish('headed', 'Headed')
    const full = await get(bySlug('headed'))
    const head = await fetch(`${server.url}${bySlug('headed')}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('x-cache')).toBe('HIT')
    expect(head.headers.get('etag')).toBe(full.headers.get('etag'))
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(await full.text())))
    expect(await head.text()).toBe('')
  })
})
