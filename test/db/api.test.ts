import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'
import { apiKeyHeader, createUser, loginHeader, type TestUser } from '../helpers/users'
import { createFixtures, type Fixtures } from './api-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>
type Item = { collection: string; id: number | string; slug: string; title: string; summary: string | null; url: string; html: string | null }

describe('developer content queries over REST', () => {
  let server: Server
  let fx: Fixtures
  let developer: TestUser, editor: TestUser

  beforeAll(async () => {
    server = await bootServer()
    fx = await createFixtures(server.payload)
    // The first user ever created becomes an admin (collections/Users/hooks/firstUserIsAdmin.ts).
    await createUser(server.payload, ['admin'])
    developer = await createUser(server.payload, ['developer'], { apiKey: true })
    editor = await createUser(server.payload, ['editor'])
  })
  afterAll(async () => server?.close())

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${server.url}${path}`, { headers })
    return { status: res.status, body: await res.json() }
  }
  const slugs = (body: { docs: Item[] }) => body.docs.map((item) => item.slug).sort()

  it('hides drafts from anonymous and API-key readers of the collection routes', async () => {
    for (const headers of [{}, { authorization: apiKeyHeader(developer) }] as Record<string, string>[]) {
      const list = await get('/api/white-papers?limit=50&draft=true', headers)
      expect(list.status).toBe(200)
      expect(list.body.docs.map((d: { slug: string }) => d.slug)).toEqual(['finance-growth-playbook'])

      const byId = await get(`/api/white-papers/${fx.secretPaper.id}?draft=true`, headers)
      expect(byId.status).toBe(404)

      // A published document with a newer draft: the published version, never the draft.
      const revised = await get(`/api/articles/${fx.revised.id}?draft=true`, headers)
      expect(revised.status).toBe(200)
      expect(revised.body.title).toBe('Revised published title')
    }
  })

  it('shows team members the drafts', async () => {
    const auth = { authorization: await loginHeader(server.url, editor) }
    const secret = await get(`/api/white-papers/${fx.secretPaper.id}?draft=true`, auth)
    expect(secret.status).toBe(200)
    const revised = await get(`/api/articles/${fx.revised.id}?draft=true`, auth)
    expect(revised.body.title).toBe('Revised draft title')
  })

  it('finds a document by type and slug with its html', async () => {
    const { status, body } = await get('/api/content/by-slug/white-papers/finance-growth-playbook')
    expect(status).toBe(200)
    expect(body).toMatchObject({ id: fx.whitePaper.id, title: 'Finance Growth Playbook' })
    expect(body.html).toContain('Banks that grow start with trust.')
  })

  it('answers a draft slug with 404 for anonymous and API-key readers, and the draft for the team', async () => {
    expect((await get('/api/content/by-slug/white-papers/secret-finance-draft?draft=true')).status).toBe(404)
    const viaKey = await get('/api/content/by-slug/white-papers/secret-finance-draft?draft=true', { authorization: apiKeyHeader(developer) })
    expect(viaKey.status).toBe(404)
    expect(viaKey.body.errors[0].message).toBe("No white-papers with slug 'secret-finance-draft'")

    const anonymous = await get('/api/content/by-slug/articles/revised-article?draft=true')
    expect(anonymous.body.title).toBe('Revised published title')
    const team = await get('/api/content/by-slug/articles/revised-article?draft=true', { authorization: await loginHeader(server.url, editor) })
    expect(team.body.title).toBe('Revised draft title')
    expect(team.body.html).toContain('Draft words.')
  })

  it('lists published content by industry across types, newest first', async () => {
    const { status, body } = await get('/api/content/by-industry/finance')
    expect(status).toBe(200)
    expect(slugs(body)).toEqual(['finance-growth-playbook', 'revised-article'])
    const revised = body.docs.find((item: Item) => item.slug === 'revised-article')
    expect(revised).toMatchObject({ collection: 'articles', title: 'Revised published title', url: '/articles/revised-article' })

    const onlyPapers = await get('/api/content/by-industry/finance?type=white-papers')
    expect(slugs(onlyPapers.body)).toEqual(['finance-growth-playbook'])
  })

  it('lists published content by product and by tag', async () => {
    const byProduct = await get('/api/content/by-product/ledger')
    expect(slugs(byProduct.body)).toEqual(['finance-growth-playbook', 'ledger-introduction', 'ledger-setup-guide'])
    expect((await get('/api/content/by-product/beacon')).body.docs).toEqual([])

    const byTag = await get('/api/content/by-tag/playbook')
    expect(slugs(byTag.body)).toEqual(['finance-growth-playbook', 'ledger-setup-guide'])
  })

  it('lists content for a growth layer, narrowed by industry', async () => {
    const all = await get('/api/content/for-layer/paying?limit=20')
    expect(slugs(all.body)).toEqual(['finance-growth-playbook', 'media-growth-story', 'paying-offer', 'revised-article'])
    const landing = all.body.docs.find((item: Item) => item.slug === 'paying-offer')
    expect(landing).toMatchObject({ collection: 'landing-pages', summary: null })
    expect(landing.html).toContain('Upgrade your plan')

    const media = await get('/api/content/for-layer/paying?industry=media')
    expect(slugs(media.body)).toEqual(['media-growth-story'])
    const limited = await get('/api/content/for-layer/paying?limit=2')
    expect(limited.body.docs).toHaveLength(2)
  })

  it('searches titles and summaries case-insensitively, published only', async () => {
    // the white paper's title, the product copy's summary ("growing finance teams")
    expect(slugs((await get('/api/content/search?q=FINANCE')).body)).toEqual(['finance-growth-playbook', 'ledger-introduction'])
    expect(slugs((await get('/api/content/search?q=ledger')).body)).toEqual(['ledger-introduction', 'ledger-setup-guide'])
    // every word, each in the title or the summary
    expect(slugs((await get('/api/content/search?q=media%20audiences')).body)).toEqual(['media-growth-story'])
    expect(slugs((await get('/api/content/search?q=secret')).body)).toEqual([])
    expect(slugs((await get('/api/content/search?q=ledger&type=guides')).body)).toEqual(['ledger-setup-guide'])
  })

  it('treats % and _ in a search as literal characters', async () => {
    expect(slugs((await get('/api/content/search?q=100%25')).body)).toEqual(['media-growth-story'])
    expect(slugs((await get('/api/content/search?q=growth_story')).body)).toEqual(['media-growth-story'])
    // as wildcards, these would match every title
    expect(slugs((await get('/api/content/search?q=%25%25')).body)).toEqual([])
    expect(slugs((await get('/api/content/search?q=__')).body)).toEqual([])
  })

  it('refuses bad input with a 400 that says what is wrong', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/content/search?q=a', 400, /q must be at least 2 characters/],
      ['/api/content/search', 400, /q is required/],
      ['/api/content/for-layer/paying?limit=101', 400, /limit must be at most 100/],
      ['/api/content/for-layer/paying?limit=0', 400, /limit must be at least 1/],
      ['/api/content/by-tag/playbook?type=pages', 400, /type must be one of white-papers/],
      ['/api/content/by-slug/white-papers/Not%20A%20Slug', 400, /slug uses lower-case/],
      ['/api/content/by-slug/posts/anything', 400, /type must be one of/],
      ['/api/content/search?q=growth&locale=fr', 400, /locale must be one of en, zh/],
      ['/api/content/for-layer/nobody', 404, /No growth layer with slug 'nobody'/],
      ['/api/content/by-industry/unknown', 404, /No industry with slug 'unknown'/],
    ]
    for (const [path, status, message] of cases) {
      const res = await get(path)
      expect(res.status, path).toBe(status)
      expect(res.body.errors?.[0]?.message, path).toMatch(message)
    }
  })
})
