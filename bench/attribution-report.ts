/**
 * Issue 4 benchmark: the attribution report over 1,000,000 events, 200,000 clicks and 50,000
 * conversions (900,000 credit rows: three touches × six models each, summed into daily rollups), through GraphQL, measured as
 * sequential request latency beside a bare node:http server answering the same JSON.
 * Run one engine per process: `tsx -C production bench/attribution-report.ts sqlite`. BENCH_EVENTS scales it down.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { bulkInsert } from '../src/attribution/buffer/bulk-insert'
import { MODELS } from '../src/attribution/models/credit'
import { rebuildClickRollups } from '../src/attribution/rollups/click-rollups'
import { rebuildCreditRollups } from '../src/attribution/rollups/credit-rollups'
import { sqlEngine, transaction } from '../src/db/raw-sql'
import { inChunks, random } from './data'
import { runAsBenchChild, withBenchServer, type Engine, type Row } from './lib'

const EVENTS = Number(process.env.BENCH_EVENTS) || 1_000_000
const CONVERSIONS = Math.round(EVENTS / 20)
const CLICKS = Math.round(EVENTS / 5)
const RUNS = 30
const DAY = 86_400_000
const API_KEY = 'users API-Key bench-api-key-0123456789'
const CHANNELS = ['newsletter', 'linkedin', 'partner-feed', 'google-ads', 'booth', 'wechat']
const CAMPAIGNS = ['finance-q4', 'retail-spring', 'airports-launch', 'media-recall', 'gov-webinar']

/** Sequential request latencies in ms, sorted, after three warm-up requests. */
const timed = async (url: string, body: string, headers: Record<string, string> = {}): Promise<number[]> => {
  const ms: number[] = []
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now()
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
    const json = (await res.json()) as { errors?: unknown }
    if (!res.ok || json.errors) throw new Error(`report failed: ${JSON.stringify(json).slice(0, 300)}`)
    if (i >= 3) ms.push(performance.now() - started)
  }
  return ms.sort((a, b) => a - b)
}

const stats = (ms: number[]) => ({ rps: 1000 / ms[Math.floor(ms.length / 2)], p50: ms[Math.floor(ms.length / 2)], p99: ms[ms.length - 1], errors: 0 })

export const runEngine = (engine: Engine): Promise<Row[]> =>
  withBenchServer(engine, async (server) => {
    const { payload } = server
    const rnd = random(42)
    const now = Date.now()
    const at = () => new Date(now - rnd() * 80 * DAY).toISOString()
    const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]
    await inChunks(
      EVENTS,
      (i) => ({
        dedupeKey: `1:e${i}`, at: at(), receivedAt: at(), sourceId: 1, messageId: `e${i}`, type: i % 4 ? 'page' : 'track', event: i % 4 ? null : 'product_page_viewed',
        anonymousId: `a${i % 100_000}`, userId: null, previousId: null, clickId: null, utmSource: pick(CHANNELS), utmMedium: 'email', utmCampaign: pick(CAMPAIGNS),
        utmTerm: null, utmContent: null, pageUrl: 'https://example.com/products/insight', referrer: null, properties: null, traits: null,
      }),
      (rows) => bulkInsert(payload, 'events', rows),
    )
    await inChunks(
      CLICKS,
      (i) => ({ clickId: `c${i}`, at: at(), linkId: 1 + (i % 40), code: `l${i % 40}`, campaignKey: pick(CAMPAIGNS), channel: pick(CHANNELS), contentType: 'white-papers', contentId: 1 + (i % 25), human: i % 10 !== 0, botReason: i % 10 ? null : 'user-agent', referrer: null, userAgent: 'Mozilla/5.0', visitorId: `v${i % 50_000}`, channelGroup: 'Email', deliveryId: null }),
      (rows) => bulkInsert(payload, 'clicks', rows),
    )
    const weights: Record<string, number[]> = { FIRST_TOUCH: [1, 0, 0], LAST_TOUCH: [0, 0, 1], LAST_NON_DIRECT: [0, 1, 0], LINEAR: [1 / 3, 1 / 3, 1 / 3], POSITION_BASED: [0.4, 0.2, 0.4], TIME_DECAY: [0.14, 0.29, 0.57] }
    await inChunks(
      CONVERSIONS,
      (i) => ({ i, at: at(), event: i % 5 ? 'lead' : 'purchase', revenue: i % 5 ? null : Math.round(rnd() * 50_000) }),
      async (convs) => {
        const credits = convs.flatMap((c) =>
          MODELS.flatMap((model) =>
            [0, 1, 2].map((t) => ({
              conversionId: c.i + 1, conversionEvent: c.event, conversionAt: c.at, model, contactId: c.i + 1, accountId: null, touchAt: c.at, touchKind: 'click', direct: false,
              clickId: null, linkId: 1, campaignKey: pick(CAMPAIGNS), channel: pick(CHANNELS), contentType: 'white-papers', contentId: 1 + (c.i % 25),
              weight: weights[model][t], revenue: c.revenue == null ? null : c.revenue * weights[model][t], currency: c.revenue == null ? null : 'USD',
            })),
          ),
        )
        for (let k = 0; k < credits.length; k += 5000) await bulkInsert(payload, 'attribution-credits', credits.slice(k, k + 5000))
      },
    )

    // Loaded in bulk past the write path: build the daily rollups once, as the recompute job does.
    const sql = sqlEngine(payload)
    if (sql) await transaction(payload, [...rebuildCreditRollups(sql), ...rebuildClickRollups(sql)])

    const url = `${server.url}/api/graphql`
    await payload.create({ collection: 'users', data: { email: 'bench@example.test', password: 'bench-password-1', roles: ['admin'], enableAPIKey: true, apiKey: 'bench-api-key-0123456789' } })
    const rows: Row[] = []
    for (const groupBy of ['CHANNEL', 'CAMPAIGN', 'CONTENT']) {
      const query = JSON.stringify({ query: `{ attribution(model: LINEAR, groupBy: ${groupBy}, from: "${new Date(now - 90 * DAY).toISOString()}", to: "${new Date(now + DAY).toISOString()}") { rows { key label touches humanClicks conversions revenue cost } } }` })
      const body = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: API_KEY }, body: query })).text()
      const bare = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body))
      await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r))
      const baseline = stats(await timed(`http://127.0.0.1:${(bare.address() as AddressInfo).port}/`, query))
      await new Promise((r) => bare.close(r))
      const oursMs = await timed(url, query, { authorization: API_KEY })
      const ours = stats(oursMs)
      const scale = `${(EVENTS / 1e6).toLocaleString('en-US')}M events, ${CONVERSIONS.toLocaleString('en-US')} conversions`
      rows.push({ bench: 'attribution-report', engine, target: `bare node:http, same JSON (${groupBy})`, ...baseline })
      rows.push({ bench: 'attribution-report', engine, target: `GraphQL attribution(LINEAR, ${groupBy}), ${scale}: median ${ours.p50.toFixed(0)} ms`, ...ours, ratio: ours.rps / baseline.rps })
    }
    return rows
  })

runAsBenchChild(import.meta.url, runEngine)
