import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { BOT_CLICKS_DIMENSION } from '../../src/attribution/rollups/keys'
import { querySql } from '../../src/db/raw-sql'
import { bootServer } from '../helpers/boot'
import { ingestClient } from '../helpers/ingest'
import { eventually, sleep } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'
const SCANNER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0 Safari/537.36 Edg/118.0'

/**
 * Privacy and bot handling on the real redirect and ingestion routes: visitor ids instead of IP
 * addresses, from daily salts shared through the database; email-scanner bursts flagged whether their
 * first clicks are still buffered or already stored (and taken out of the click rollups); a GA4
 * channel group on every click and page view.
 */
describe('visitors, scanner bursts and channel groups', () => {
  let server: Server
  const codes = ['nl-a', 'nl-b', 'nl-c']

  beforeAll(async () => {
    server = await bootServer({ TRACKING_FLUSH_MS: '50' })
    const { payload } = server
    await payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: [{ domain: 'example.com' }] } })
    for (const code of codes) await payload.create({ collection: 'tracked-links', data: { code, destinationType: 'url', url: `https://example.com/${code}`, channel: 'newsletter' } })
  })
  afterAll(async () => server?.close())

  const follow = (code: string, ua: string, forwardedFor: string) =>
    fetch(`${server.url}/l/${code}`, { redirect: 'manual', headers: { 'user-agent': ua, 'x-forwarded-for': forwardedFor } })
  const clicksOf = (ua: string) =>
    eventually(async () => {
      const docs = (await server.payload.find({ collection: 'clicks', where: { userAgent: { equals: ua } }, sort: 'at', pagination: false })).docs
      return server.tracking.stats().clicks.waiting === 0 && docs.length ? docs : undefined
    }, 5000, 'clicks to be written')
  const rollupClicks = async (dimension = 'CHANNEL') =>
    Number((await querySql(server.payload, `SELECT COALESCE(SUM(clicks), 0) AS n FROM click_rollups WHERE dimension = ?`, [dimension]))![0].n)

  it('stores a salted visitor id, never the address, with salts for yesterday to tomorrow in the database', async () => {
    expect((await follow('nl-a', BROWSER, '203.0.113.77')).status).toBe(302)
    expect((await follow('nl-a', BROWSER, '203.0.113.77')).status).toBe(302)
    const [first, second] = await clicksOf(BROWSER)
    expect(first.visitorId).toMatch(/^[\w-]{22}$/)
    expect(second.visitorId).toBe(first.visitorId)
    expect(first).toMatchObject({ human: true, channelGroup: 'Email' })
    expect(JSON.stringify(first)).not.toContain('203.0.113.77')
    const salts = (await server.payload.find({ collection: 'visitor-salts', overrideAccess: true, sort: 'day' })).docs.map((s) => s.day)
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
    expect(salts).toEqual(expect.arrayContaining([day(0), day(1)]))
    expect(salts.every((d) => d >= day(-1))).toBe(true)
    // Nobody reads the salts over the API.
    expect((await fetch(`${server.url}/api/visitor-salts`)).status).toBe(403)
  })

  it('flags three links of one message opened within seconds as a scanner, also when the first clicks were already stored', async () => {
    const before = await rollupClicks()
    const botsBefore = await rollupClicks(BOT_CLICKS_DIMENSION)
    // A scanner at one address: the first click is written before the burst completes.
    expect((await follow('nl-a', SCANNER, '198.51.100.1')).status).toBe(302)
    await eventually(async () => (await rollupClicks()) === before + 1 || undefined, 5000, 'the first click to be stored')
    await follow('nl-b', SCANNER, '198.51.100.1')
    await follow('nl-c', SCANNER, '198.51.100.1')
    await sleep(200)
    const clicks = await eventually(async () => {
      const docs = await clicksOf(SCANNER)
      return docs.length === 3 && docs.every((c) => !c.human) ? docs : undefined
    }, 5000, 'the burst to be flagged')
    expect(clicks.map((c) => [c.code, c.botReason])).toEqual([['nl-a', 'scanner'], ['nl-b', 'scanner'], ['nl-c', 'scanner']])
    // The stored first click left the rollups again: reports count no scanner click.
    await eventually(async () => (await rollupClicks()) === before || undefined, 5000, 'the rollups to drop the scanner click')
    // …and all three count as bot clicks (the operations dashboard's content view), each once.
    expect(await rollupClicks(BOT_CLICKS_DIMENSION)).toBe(botsBefore + 3)
    // A person at another address opening the same three links slowly stays human.
    for (const code of codes) {
      await follow(code, BROWSER, '192.0.2.44')
      await sleep(2600)
    }
    const human = await eventually(async () => ((await clicksOf(BROWSER)).length === 5 ? clicksOf(BROWSER) : undefined), 5000, 'five clicks')
    expect(human.map((c) => c.human)).toEqual([true, true, true, true, true])
  }, 30_000)

  it('classifies page views by GA4 channel group and gives them visitor ids', async () => {
    const client = await ingestClient(server.payload, () => server.url)
    await client.events(
      { type: 'page', anonymousId: 'a1', context: { page: { url: 'https://example.com/p?utm_source=google&utm_medium=cpc', referrer: 'https://www.google.com/' } } },
      { type: 'page', anonymousId: 'a1', context: { page: { url: 'https://example.com/q', referrer: 'https://www.linkedin.com/feed' } } },
      { type: 'page', anonymousId: 'a1', context: { page: { url: 'https://example.com/r' } } },
      { type: 'track', event: 'signup', anonymousId: 'a1', context: { ip: '203.0.113.8', userAgent: 'Server-side' } },
    )
    const rows = await eventually(async () => {
      const docs = (await server.payload.find({ collection: 'events', where: { anonymousId: { equals: 'a1' } }, sort: 'id', pagination: false })).docs
      return docs.length === 4 ? docs : undefined
    }, 5000, 'the events to be written')
    expect(rows.map((r) => r.channelGroup)).toEqual(['Paid Search', 'Organic Social', 'Direct', null])
    expect(rows.every((r) => /^[\w-]{22}$/.test(r.visitorId ?? ''))).toBe(true)
    // The server-side event is hashed from the browser's address and agent it passed, not the sender's.
    expect(rows[3].visitorId).not.toBe(rows[0].visitorId)
  })
})
