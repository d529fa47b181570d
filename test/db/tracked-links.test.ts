import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CLICK_ID_PATTERN } from '../../src/attribution/links/code'
import { bootServer } from '../helpers/boot'
import { createUser, loginHeader } from '../helpers/users'
import { clients, eventually, sleep } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>
type Click = { clickId: string; linkId: number; code: string; campaignKey: string | null; channel: string | null; contentType: string | null; human: boolean; botReason: string | null }

const SITE = 'https://www.flywheel.test'
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'

describe('tracked links and the /l/:code redirect', () => {
  let server: Server
  let api: ReturnType<typeof clients>['rest']
  let admin: string, marketer: string, editor: string
  let campaignId: number | string
  let articleId: number | string

  beforeAll(async () => {
    server = await bootServer({ SITE_URL: SITE, TRACKING_FLUSH_MS: '100' })
    api = clients(server.url).rest
    const { payload } = server
    admin = await loginHeader(server.url, await createUser(payload, ['admin']))
    marketer = await loginHeader(server.url, await createUser(payload, ['marketer']))
    editor = await loginHeader(server.url, await createUser(payload, ['editor']))
    const campaign = await payload.create({
      collection: 'campaigns',
      data: { name: 'Finance Q4', key: 'finance-q4', goal: 'acquire', lifecycleStage: 'growth', startsAt: '2026-10-01T00:00:00.000Z' },
    })
    campaignId = campaign.id
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Layers in banking', slug: 'layers-in-banking', format: 'article', workflowState: 'published', _status: 'published' } as never,
      context: { seeding: true },
    })
    articleId = article.id
    const settings = await api('POST', '/api/globals/attribution-settings', admin, { allowedDomains: [{ domain: 'example.com' }] })
    expect(settings.status, JSON.stringify(settings.json)).toBe(200)
  })
  afterAll(async () => server?.close())

  const follow = (code: string, init: RequestInit = {}) =>
    fetch(`${server.url}/l/${code}`, { redirect: 'manual', ...init, headers: { 'user-agent': BROWSER, ...(init.headers ?? {}) } })
  const clickById = (clickId: string) =>
    eventually(async () => {
      const { docs } = await server.payload.find({ collection: 'clicks', where: { clickId: { equals: clickId } }, limit: 1 })
      return docs[0] as unknown as Click | undefined
    }, 5000, `click ${clickId} to be written`)
  const createLink = async (data: Record<string, unknown>, auth = marketer) => api('POST', '/api/tracked-links', auth, data)

  it('creates a link with a generated code and UTM parameters filled from the campaign and channel', async () => {
    const created = await createLink({ destinationType: 'url', url: 'https://docs.example.com/guide?ref=x', campaign: campaignId, channel: 'Newsletter' })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const link = created.json.doc
    expect(link.code).toMatch(/^[A-Za-z0-9_-]{7}$/)
    expect(link.channel).toBe('newsletter')
    expect(link.utm).toMatchObject({ source: 'newsletter', medium: 'email', campaign: 'finance-q4' })

    const chosen = await createLink({ code: 'q4-deck', destinationType: 'url', url: 'https://example.com/deck', utm: { source: 'booth', medium: 'offline' } })
    expect(chosen.status).toBe(201)
    expect(chosen.json.doc.utm).toMatchObject({ source: 'booth', medium: 'offline' })
    expect((await createLink({ code: 'q4-deck', destinationType: 'url', url: 'https://example.com/other' })).status).toBe(400)
    expect((await createLink({ code: 'bad code!', destinationType: 'url', url: 'https://example.com/' })).status).toBe(400)
  })

  it('refuses destinations off the allow-list, so the redirect can never be an open redirect', async () => {
    for (const url of ['https://evil.test/', 'https://example.com.evil.test/x', 'javascript:alert(1)', '//evil.test/x', 'https://user:pw@example.com/', 'ftp://example.com/f']) {
      const res = await createLink({ destinationType: 'url', url })
      expect(res.status, url).toBe(400)
      expect(JSON.stringify(res.json), url).toMatch(/allowed destination domains|absolute URL|http and https|user name/)
    }
    expect((await createLink({ destinationType: 'url', url: 'https://example.com/' }, editor)).status).toBe(403)
    expect((await api('POST', '/api/globals/attribution-settings', marketer, { allowedDomains: [{ domain: 'evil.test' }] })).status).toBe(403)
    expect((await api('POST', '/api/globals/attribution-settings', admin, { allowedDomains: [{ domain: 'not a domain' }] })).status).toBe(400)
  })

  it('redirects with UTM parameters and a click id, and stores the click as human', async () => {
    const { json: body } = await createLink({ destinationType: 'url', url: 'https://example.com/pricing?plan=pro', campaign: campaignId, channel: 'linkedin' })
    const res = await follow(body.doc.code, { headers: { referer: 'https://www.linkedin.com/feed/' } })
    expect(res.status).toBe(302)
    expect(res.headers.get('cache-control')).toMatch(/no-store/)
    const location = new URL(res.headers.get('location')!)
    expect(location.origin + location.pathname).toBe('https://example.com/pricing')
    expect(Object.fromEntries(location.searchParams)).toMatchObject({ plan: 'pro', utm_source: 'linkedin', utm_medium: 'social', utm_campaign: 'finance-q4' })
    const clickId = location.searchParams.get('fw_click')!
    expect(clickId).toMatch(CLICK_ID_PATTERN)

    const click = await clickById(clickId)
    expect(click).toMatchObject({ linkId: body.doc.id, code: body.doc.code, campaignKey: 'finance-q4', channel: 'linkedin', human: true, botReason: null })
  })

  it('sends a content link to the item on the site', async () => {
    const { json: body } = await createLink({ destinationType: 'content', content: { relationTo: 'articles', value: articleId }, channel: 'partner-feed' })
    const res = await follow(body.doc.code)
    const location = new URL(res.headers.get('location')!)
    expect(`${location.origin}${location.pathname}`).toBe(`${SITE}/articles/layers-in-banking`)
    expect(location.searchParams.get('utm_medium')).toBe('referral')
    const click = await clickById(location.searchParams.get('fw_click')!)
    expect(click).toMatchObject({ contentType: 'articles', human: true })
    expect((await createLink({ destinationType: 'content' })).status).toBe(400)
  })

  it('redirects HEAD requests, bots and prefetches but does not count them as human clicks', async () => {
    const { json: body } = await createLink({ destinationType: 'url', url: 'https://example.com/bots' })
    const cases: [RequestInit, string][] = [
      [{ method: 'HEAD' }, 'head'],
      [{ headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } }, 'user-agent'],
      [{ headers: { 'user-agent': '' } }, 'user-agent'],
      [{ headers: { 'sec-purpose': 'prefetch;prerender' } }, 'prefetch'],
    ]
    for (const [init, reason] of cases) {
      const res = await follow(body.doc.code, init)
      expect(res.status, reason).toBe(302)
      const click = await clickById(new URL(res.headers.get('location')!).searchParams.get('fw_click')!)
      expect(click, reason).toMatchObject({ human: false, botReason: reason })
    }
  })

  it('answers 404 for unknown or malformed codes', async () => {
    for (const code of ['nope-nope', 'a', '%2F%2Fevil.test']) {
      const res = await follow(code)
      expect(res.status, code).toBe(404)
      expect(res.headers.get('location')).toBeNull()
      expect(await res.text()).toContain('Link not found')
    }
  })

  it('applies an edited destination, and a domain removed from the allow-list, within a second', async () => {
    const { json: body } = await createLink({ destinationType: 'url', url: 'https://example.com/old' })
    expect(new URL((await follow(body.doc.code)).headers.get('location')!).pathname).toBe('/old')
    expect((await api('PATCH', `/api/tracked-links/${body.doc.id}`, marketer, { url: 'https://www.example.com/new' })).status).toBe(200)
    await sleep(1100)
    expect(new URL((await follow(body.doc.code)).headers.get('location')!).href).toMatch(/^https:\/\/www\.example\.com\/new\?/)

    expect((await api('POST', '/api/globals/attribution-settings', admin, { allowedDomains: [{ domain: 'other.example.org' }] })).status).toBe(200)
    await sleep(1100)
    expect((await follow(body.doc.code)).status).toBe(404)
    expect((await api('POST', '/api/globals/attribution-settings', admin, { allowedDomains: [{ domain: 'example.com' }] })).status).toBe(200)
  })

  it('draws a QR code of the short URL as SVG and PNG for signed-in users', async () => {
    const { json: body } = await createLink({ code: 'booth-a12', destinationType: 'url', url: 'https://example.com/booth' })
    const svg = await fetch(`${server.url}/api/tracked-links/${body.doc.id}/qr?format=svg`, { headers: { authorization: marketer } })
    expect(svg.status).toBe(200)
    expect(svg.headers.get('content-type')).toBe('image/svg+xml')
    expect(await svg.text()).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    const png = await fetch(`${server.url}/api/tracked-links/${body.doc.id}/qr?format=png&size=256`, { headers: { authorization: editor } })
    expect(png.headers.get('content-type')).toBe('image/png')
    const bytes = Buffer.from(await png.arrayBuffer())
    expect(bytes.subarray(1, 4).toString()).toBe('PNG')
    expect(bytes.readUInt32BE(16)).toBe(256)
    expect((await fetch(`${server.url}/api/tracked-links/${body.doc.id}/qr`)).status).toBe(401)
    expect((await api('GET', `/api/tracked-links/${body.doc.id}/qr?format=gif`, marketer)).status).toBe(400)
    expect((await api('GET', `/api/tracked-links/999999/qr`, marketer)).status).toBe(404)
  })
})
