/**
 * Issue 6 benchmark: the growth-layers engine over 100,000 contacts in 10,000 accounts with 1,000,000
 * events (and ~15,000 purchases and refunds), loaded with raw SQL from a fixed seed: the full recompute
 * (cold: every subject placed for the first time; warm: the nightly run, nothing moved) and the
 * incremental update after the events buffer writes a batch, averaged per event.
 * Run one engine per process: `tsx -C production bench/growth-layers.ts sqlite`. BENCH_CONTACTS scales it down.
 */
import { bulkInsert } from '../src/attribution/buffer/bulk-insert'
import { querySql } from '../src/db/raw-sql'
import type { EventRow } from '../src/attribution/ingest/to-row'
import { layersAfterEvents } from '../src/growth/layers/after-ingest'
import { creditingIdle } from '../src/growth/layers/incremental'
import { ensureDefaultLayers } from '../src/growth/layers/ensure-defaults'
import { recomputeLayers } from '../src/growth/layers/recompute'
import { inChunks, random } from './data'
import { runAsBenchChild, withBenchServer, type Engine, type Row } from './lib'

const CONTACTS = Number(process.env.BENCH_CONTACTS) || 100_000
const ACCOUNTS = Math.round(CONTACTS / 10)
const EVENTS = CONTACTS * 10
const INCREMENTAL_EVENTS = 10_000
/** The events buffer's default batch (TRACKING_FLUSH_AT) and a quieter second's worth. */
const BATCHES = [5000, 500]
const DAY = 86_400_000
const KEY_EVENTS = ['product_page_viewed', 'sdk_integrated', 'dashboard_viewed']

/** How far contact `c` got: 0–2 only browse, 3–4 view product pages, 5–6 integrate, 7–8 read dashboards, 9 buy. */
const stageOf = (c: number) => c % 10

const eventRow = (i: number, contact: number | null, at: string, name: string | null, prefix = 'e'): EventRow => ({
  dedupeKey: `1:${prefix}${i}`, at, receivedAt: at, sourceId: 1, messageId: `${prefix}${i}`, type: name ? 'track' : 'page', event: name,
  // One visitor in ten is never identified: no contact, no layer.
  anonymousId: contact === null ? `v${i % 50_000}` : `a${contact}`, userId: contact !== null && contact % 3 === 0 ? `u${contact}` : null,
  previousId: null, clickId: null, utmSource: null, utmMedium: null, utmCampaign: null, utmTerm: null, utmContent: null,
  pageUrl: 'https://example.com/products/insight', referrer: null, visitorId: null, channelGroup: null, properties: null, traits: null,
})

const load = async (engine: Engine, payload: Parameters<typeof bulkInsert>[0]) => {
  const rnd = random(6)
  const now = Date.now()
  const at = () => new Date(now - rnd() * 180 * DAY).toISOString()
  await inChunks(ACCOUNTS, (i) => ({ name: `Account ${i}`, domain: `account-${i}.example`, keyAccount: false }), (rows) => bulkInsert(payload, 'accounts', rows))
  await inChunks(CONTACTS, (c) => ({ email: `c${c}@account-${c % ACCOUNTS}.example`, accountId: (c % ACCOUNTS) + 1 }), (rows) => bulkInsert(payload, 'contacts', rows))
  // Contact c has id c + 1 (a fresh database): its anonymous id, and a user id for every third.
  await inChunks(CONTACTS, (c) => ({ key: `anonymous:a${c}`, contactId: c + 1 }), (rows) => bulkInsert(payload, 'identities', rows))
  await inChunks(Math.ceil(CONTACTS / 3), (k) => ({ key: `user:u${k * 3}`, contactId: k * 3 + 1 }), (rows) => bulkInsert(payload, 'identities', rows))
  await inChunks(
    EVENTS,
    (i) => {
      const contact = rnd() < 0.1 ? null : Math.floor(rnd() * CONTACTS)
      const stage = contact === null ? 0 : stageOf(contact)
      const reach = stage >= 7 ? 3 : stage >= 5 ? 2 : stage >= 3 ? 1 : 0
      const name = reach > 0 && rnd() < 0.4 ? KEY_EVENTS[Math.floor(rnd() * reach)] : null
      return eventRow(i, contact, at(), name)
    },
    (rows) => bulkInsert(payload, 'events', rows),
  )
  let n = 0
  const conversions: Record<string, unknown>[] = []
  for (let c = 9; c < CONTACTS; c += 10) {
    const count = 1 + Math.floor(rnd() * 2)
    for (let k = 0; k < count; k++) {
      const revenue = Math.round(1000 + rnd() * rnd() * 150_000)
      const key = `o${n++}`
      conversions.push({ dedupeKey: `1:${key}`, sourceId: 1, idempotencyKey: key, event: 'purchase', at: at(), anonymousId: `a${c}`, revenue, currency: 'USD', contactId: c + 1, properties: null })
      if (n % 30 === 0) conversions.push({ dedupeKey: `1:r${key}`, sourceId: 1, idempotencyKey: `r${key}`, event: 'refund', at: at(), anonymousId: `a${c}`, revenue: Math.round(revenue / 2), currency: 'USD', contactId: c + 1, properties: { refundOf: key } })
    }
  }
  for (let i = 0; i < conversions.length; i += 5000) await bulkInsert(payload, 'conversions', conversions.slice(i, i + 5000))
  return { conversions: conversions.length, engine }
}

const fmt = (n: number) => n.toLocaleString('en-US')

export const runEngine = (engine: Engine): Promise<Row[]> => {
  // The crediting job the recompute queues would compete with the measurement for the CPU.
  process.env.JOBS_AUTORUN = 'off'
  return withBenchServer(engine, async ({ payload }) => {
    const loadStarted = performance.now()
    const { conversions } = await load(engine, payload)
    const loadS = (performance.now() - loadStarted) / 1000
    await ensureDefaultLayers(payload)

    const cold = await recomputeLayers(payload)
    const warm = await recomputeLayers(payload)
    // The first placement's transitions are the creditTransitions job's (not measured here): taken as
    // credited, so the incremental updates below credit only the moves they make, as in steady state.
    await querySql(payload, 'UPDATE layer_transitions SET credited_at = ? WHERE credited_at IS NULL', [new Date().toISOString()])

    const rnd = random(7)
    const perEvent: { batch: number; ms: number[] }[] = []
    // The moves each update makes are credited in the background (creditSoon); that work is waited
    // for before the next batch's timer starts and measured on its own row.
    let creditingMs = 0
    let next = 0
    for (const batch of BATCHES) {
      const ms: number[] = []
      for (let done = 0; done < INCREMENTAL_EVENTS; done += batch) {
        const idleFrom = performance.now()
        await creditingIdle()
        creditingMs += performance.now() - idleFrom
        const rows = Array.from({ length: batch }, () => {
          const contact = Math.floor(rnd() * CONTACTS)
          return eventRow(next++, contact, new Date().toISOString(), rnd() < 0.5 ? KEY_EVENTS[Math.floor(rnd() * 3)] : null, 'n')
        })
        // As the buffer does: the batch is stored, then the layers follow it (only the latter is timed).
        await bulkInsert(payload, 'events', rows, { ignoreDuplicates: true })
        const started = performance.now()
        await layersAfterEvents(payload, rows)
        ms.push((performance.now() - started) / batch)
      }
      perEvent.push({ batch, ms: ms.sort((a, b) => a - b) })
    }
    const idleFrom = performance.now()
    await creditingIdle()
    creditingMs += performance.now() - idleFrom
    const creditedRows = await querySql(payload, 'SELECT COUNT(*) AS n FROM layer_transitions WHERE credited_at IS NOT NULL AND trigger_kind = ?', ['event'])
    const credited = Number(creditedRows?.[0]?.n ?? 0)
    const scale = `${fmt(CONTACTS)} contacts / ${fmt(ACCOUNTS)} accounts / ${fmt(EVENTS)} events, ${fmt(conversions)} purchases and refunds`
    console.error(`growth-layers ${engine}: loaded in ${loadS.toFixed(0)} s; cold ${JSON.stringify(cold)}; warm ${JSON.stringify(warm)}; incremental ${JSON.stringify(perEvent.map((p) => ({ batch: p.batch, ms: p.ms })))}`)
    const once = (label: string, ms: number): Row => ({ bench: 'growth-layers', engine, target: `${label}: ${(ms / 1000).toFixed(2)} s (target < 10 s)`, rps: 1000 / ms, p50: ms, p99: ms, errors: 0, ratio: null })
    return [
      once(`full recompute, first placement of ${scale} (${fmt(cold.transitions)} transitions)`, cold.ms),
      once(`full recompute, nightly (nothing moved, ${warm.transitions} transitions)`, warm.ms),
      {
        bench: 'growth-layers',
        engine,
        target: `crediting the ${fmt(credited)} transitions those updates made (background, after each batch): ${(creditingMs / Math.max(1, credited)).toFixed(2)} ms per transition waited for`,
        rps: credited / (creditingMs / 1000 || 1),
        p50: creditingMs / Math.max(1, credited),
        p99: creditingMs / Math.max(1, credited),
        errors: 0,
        ratio: null,
      },
      ...perEvent.map(({ batch, ms }): Row => {
        const mean = ms.reduce((a, b) => a + b, 0) / ms.length
        return { bench: 'growth-layers', engine, target: `incremental update after a buffer batch of ${fmt(batch)} events: ${mean.toFixed(3)} ms per event (target < 1 ms)`, rps: 1000 / mean, p50: ms[Math.floor(ms.length / 2)], p99: ms[ms.length - 1], errors: 0, ratio: null }
      }),
    ]
  })
}

runAsBenchChild(import.meta.url, runEngine)
