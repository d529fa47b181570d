import fs from 'node:fs'

import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CONTENT_COLLECTIONS } from '../../src/content/content-collection'
import { growthRanking } from '../../src/growth/team/ranking'
import { tasksFor } from '../../src/growth/team/tasks'
import type { Guide } from '../../src/payload-types'
import { credentialsFile } from '../../src/seed/credentials'
import { MEDIA_COUNT } from '../../src/seed/data/media'
import { seed } from '../../src/seed/index'
import { bootServer } from '../helpers/boot'

type Server = Awaited<ReturnType<typeof bootServer>>

const COUNTED: CollectionSlug[] = [...CONTENT_COLLECTIONS, 'campaigns', 'media', 'industries', 'products', 'growth-layers', 'users', 'tracked-links', 'channels', 'distributions', 'contacts']

describe('npm run seed', () => {
  let server: Server
  beforeAll(async () => {
    server = await bootServer()
  })
  afterAll(async () => server?.close())

  const counts = async () =>
    Object.fromEntries(await Promise.all(COUNTED.map(async (c) => [c, (await server.payload.count({ collection: c })).totalDocs])))

  const anonymous = async (path: string) => {
    const res = await fetch(`${server.url}/api/${path}`)
    expect(res.status).toBe(200)
    return res.json()
  }

  it('creates a demo admin, the team, a developer API key and demo media, and writes the credentials', async () => {
    const credentials = await seed(server.payload)
    const file = JSON.parse(fs.readFileSync(credentialsFile(), 'utf8'))
    expect(file).toMatchObject({
      admin: { email: 'admin@flywheel.demo', password: expect.any(String) },
      developerApiKey: expect.any(String),
      source: { writeKey: expect.stringMatching(/^fw_w_/), secretKey: expect.stringMatching(/^fw_s_/) },
    })
    expect(file.admin).toEqual(credentials.admin)

    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials.admin),
    })
    expect(login.status).toBe(200)
    expect((await login.json()).user.roles).toEqual(['admin'])

    const media = await fetch(`${server.url}/api/media?limit=100`, {
      headers: { authorization: `users API-Key ${credentials.developerApiKey}` },
    })
    const body = await media.json()
    expect(body.totalDocs).toBe(MEDIA_COUNT)
    expect(MEDIA_COUNT).toBeGreaterThan(4)
    expect(body.docs.every((d: { alt?: string }) => d.alt)).toBe(true)
  }, 120_000)

  it('fills every content type with demo content across industries', async () => {
    const { payload } = server
    expect((await payload.count({ collection: 'industries' })).totalDocs).toBe(8)
    const layers = await payload.find({ collection: 'growth-layers', sort: 'rank', depth: 0 })
    expect(layers.docs.map((l) => [l.slug, l.rank])).toEqual([
      ['dormant', 0],
      ['general-value', 1],
      ['potential-development', 2],
      ['heavy-retention', 3],
      ['paying', 4],
    ])
    const products = await payload.find({ collection: 'products', depth: 0 })
    expect(products.totalDocs).toBeGreaterThanOrEqual(2)
    expect(products.docs.every((p) => p.currentVersion)).toBe(true)

    const papers = await payload.find({ collection: 'white-papers', depth: 0, pagination: false })
    expect(papers.totalDocs).toBeGreaterThanOrEqual(5)
    expect(new Set(papers.docs.flatMap((p) => p.industries ?? [])).size).toBeGreaterThanOrEqual(4)
    for (const paper of papers.docs) {
      expect(paper.coverImage && paper.file && paper.product && paper.authors?.length && paper.targetLayers?.length).toBeTruthy()
    }
    expect(papers.docs.filter((p) => p.workflowState === 'in_review')).toHaveLength(1)

    const articles = await payload.find({ collection: 'articles', depth: 0, pagination: false })
    expect(new Set(articles.docs.map((a) => a.format))).toEqual(new Set(['article', 'case-study', 'open-class']))
    expect(articles.docs.every((a) => a.topic && a.series)).toBe(true)
    expect(articles.docs.filter((a) => a._status === 'draft').map((a) => a.workflowState)).toEqual(['draft'])

    const pages = await payload.find({ collection: 'landing-pages', depth: 0, pagination: false })
    expect(pages.totalDocs).toBe(3)
    expect(pages.docs.some((p) => p.campaign)).toBe(true)

    const campaigns = await payload.find({ collection: 'campaigns', depth: 0, pagination: false })
    expect(campaigns.docs.map((c) => c.key)).toContain('finance-q4-whitepaper')
    expect(new Set(campaigns.docs.map((c) => c.goal)).size).toBe(2)
    expect(new Set(campaigns.docs.map((c) => c.lifecycleStage)).size).toBe(2)
    expect(campaigns.docs.every((c) => c.budget && c.currency && c.startsAt && c.endsAt && c.content?.length)).toBe(true)
  })

  it('seeds guides with ordered steps, a parent with two children and breadcrumbs, and one stale guide', async () => {
    const { docs } = await server.payload.find({ collection: 'guides', depth: 0, pagination: false })
    for (const guide of docs) {
      expect(guide.steps?.length).toBeGreaterThanOrEqual(3)
      expect(guide.steps?.length).toBeLessThanOrEqual(6)
      expect(guide.product && guide.productVersion).toBeTruthy()
    }
    const parent = docs.find((g) => g.slug === 'getting-started-with-flywheel-insight') as Guide
    const children = docs.filter((g) => g.parent === parent.id)
    expect(children).toHaveLength(2)
    for (const child of children) {
      expect(child.breadcrumbs?.map((b) => b.url)).toEqual([`/${parent.slug}`, `/${parent.slug}/${child.slug}`])
    }
    expect(docs.filter((g) => g.stale).map((g) => g.slug)).toEqual(['migrate-event-schemas-from-pipeline-1'])
  })

  it('translates product copy and some white papers into Chinese', async () => {
    const read = <C extends 'product-copy' | 'white-papers'>(collection: C, locale: 'en' | 'zh') =>
      server.payload.find({ collection, locale, fallbackLocale: false, depth: 0, pagination: false, sort: 'slug' })
    const [copyEn, copyZh] = [await read('product-copy', 'en'), await read('product-copy', 'zh')]
    expect(copyEn.totalDocs).toBe((await server.payload.count({ collection: 'products' })).totalDocs)
    copyZh.docs.forEach((zh, i) => {
      const en = copyEn.docs[i]
      expect(zh.page).toBe('introduction')
      expect(zh.title).toMatch(/[\u4e00-\u9fff]/)
      expect(zh.layout?.map((b) => b.blockType)).toEqual(en.layout?.map((b) => b.blockType))
      expect(zh.html).toMatch(/[\u4e00-\u9fff]/)
      expect(en.html).not.toMatch(/[\u4e00-\u9fff]/)
    })
    const papersZh = await read('white-papers', 'zh')
    expect(papersZh.docs.filter((p) => p.title && /[\u4e00-\u9fff]/.test(p.title)).length).toBeGreaterThanOrEqual(2)
  })

  it("renders a white paper's body and its standard components into html", async () => {
    const { docs } = await anonymous('white-papers?where[slug][equals]=growth-layers-in-commercial-banking&depth=0')
    const html: string = docs[0].html
    for (const block of ['fw-rich-text', 'fw-hero', 'fw-stats', 'fw-feature-grid', 'fw-testimonial', 'fw-download-gate']) {
      expect(html).toContain(`class="${block}`)
    }
    expect(html).toContain('<h2>Five layers, one question each</h2>')
    expect(html).toContain('href="https://example.com/docs/growth-layers"')
    expect(html).toMatch(/<img[^>]+alt="Blue gradient cover/)
    expect(html).toContain('name="email"')
  })

  it('shows anonymous REST readers only published content, with SEO meta and example.com links only', async () => {
    for (const collection of CONTENT_COLLECTIONS) {
      const published = await server.payload.count({ collection, where: { _status: { equals: 'published' } } })
      expect(published.totalDocs).toBeGreaterThan(0)
      for (const locale of ['en', 'zh']) {
        const body = await anonymous(`${collection}?limit=100&depth=0&locale=${locale}`)
        expect(body.totalDocs).toBe(published.totalDocs)
        for (const doc of body.docs) {
          expect(doc._status).toBe('published')
          expect(doc.workflowState).toBe('published')
          expect([...doc.meta.title].length).toBeLessThanOrEqual(70)
          expect([...doc.meta.description].length).toBeGreaterThanOrEqual(50)
          expect([...doc.meta.description].length).toBeLessThanOrEqual(160)
          const hrefs = [...String(doc.html).matchAll(/href="([^"]*)"/g)].map((m) => m[1])
          expect(hrefs.filter((href) => !href.startsWith('https://example.com/'))).toEqual([])
        }
      }
    }
    const papers = await anonymous('white-papers?limit=100&depth=0')
    expect(papers.docs.map((p: { slug: string }) => p.slug)).not.toContain('adoption-before-renewal-public-sector')
    const articles = await anonymous('articles?limit=100&depth=0')
    expect(articles.docs.map((a: { slug: string }) => a.slug)).not.toContain('operating-small-accounts-like-a-consumer-app')
  })

  it('creates demo tracked links on an allow-list, which redirect to the white paper with the campaign', async () => {
    const res = await fetch(`${server.url}/l/fin-q4-newsletter`, { redirect: 'manual', headers: { 'user-agent': 'Mozilla/5.0 Chrome/130.0' } })
    expect(res.status).toBe(302)
    const location = new URL(res.headers.get('location')!)
    expect(location.pathname).toBe('/white-papers/growth-layers-in-commercial-banking')
    expect(Object.fromEntries(location.searchParams)).toMatchObject({ utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'finance-q4-whitepaper' })
    const settings = await server.payload.findGlobal({ slug: 'attribution-settings' })
    expect(settings.allowedDomains?.map((d) => d.domain)).toEqual(['example.com'])
    expect((await server.payload.count({ collection: 'tracked-links' })).totalDocs).toBe(3)
  })

  it('adds one demo channel of each kind and a scheduled weekly digest with its send job queued', async () => {
    const channels = (await server.payload.find({ collection: 'channels', sort: 'kind', pagination: false })).docs
    expect(channels.map((c) => c.kind).sort()).toEqual(['conference', 'email', 'feed', 'social', 'webhook'])
    expect(channels.find((c) => c.kind === 'feed')?.slug).toBe('partner-feed')
    const [digest] = (await server.payload.find({ collection: 'distributions', pagination: false })).docs
    expect(digest).toMatchObject({ title: 'Weekly finance digest', status: 'scheduled', schedule: { repeat: 'weekly', weekday: '1', localTime: '09:00' } })
    // Next Monday, 09:00 in Shanghai (01:00 UTC).
    const next = new Date(digest.progress!.nextRunAt!)
    expect([next.getUTCDay(), next.getUTCHours(), next.getUTCMinutes()]).toEqual([1, 1, 0])
    expect(next.getTime()).toBeGreaterThan(Date.now())
    const jobs = await server.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'sendDistribution' } } })
    expect(jobs.docs.map((j) => [j.input, j.waitUntil])).toEqual([[{ distributionId: digest.id }, digest.progress!.nextRunAt]])
  })

  it('gives the demo team levels, medals, a ranking and open and completed tasks', async () => {
    const ranking = await growthRanking(server.payload, { period: 'ALL' })
    expect(ranking.rows.length).toBeGreaterThanOrEqual(3)
    expect(ranking.rows[0].value).toBeGreaterThan(ranking.rows[ranking.rows.length - 1].value)
    expect(new Set(ranking.rows.map((r) => r.level)).size).toBeGreaterThan(1)
    expect((await server.payload.count({ collection: 'medal-awards' })).totalDocs).toBeGreaterThan(0)
    const tasks = (await Promise.all(ranking.rows.map((r) => tasksFor(server.payload, r.userId)))).flat()
    expect(tasks.some((t) => t.completed)).toBe(true)
    expect(tasks.some((t) => !t.completed)).toBe(true)
  })

  it('runs again without duplicating anything and keeps the credentials', async () => {
    const before = JSON.parse(fs.readFileSync(credentialsFile(), 'utf8'))
    const countsBefore = await counts()
    const again = await seed(server.payload)
    expect(again.admin).toEqual(before.admin)
    expect(again.developerApiKey).toBe(before.developerApiKey)
    expect(again.source).toEqual(before.source)
    const ingest = await fetch(`${server.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${again.source?.writeKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ batch: [{ type: 'page', messageId: 'seed-check', anonymousId: 'a-1' }] }),
    })
    expect(ingest.status).toBe(202)
    expect(countsBefore.users).toBe(5)
    expect(countsBefore.media).toBe(MEDIA_COUNT)
    expect(await counts()).toEqual(countsBefore)
  }, 60_000)
})
