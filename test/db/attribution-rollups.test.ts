import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storeClicks } from '../../src/attribution/clicks/store-clicks'
import type { ClickRow } from '../../src/attribution/clicks/click-row'
import { writeCredits, type CreditRow } from '../../src/attribution/credit/write-credits'
import { MODELS } from '../../src/attribution/models/credit'
import { clickCounts, creditSums, dailySeries } from '../../src/attribution/reports/aggregate'
import { reportInput } from '../../src/attribution/reports/schemas'
import { rebuildClickRollups } from '../../src/attribution/rollups/click-rollups'
import { rebuildCreditRollups } from '../../src/attribution/rollups/credit-rollups'
import { CREDIT_DIMENSIONS, keyOf, type Keyed } from '../../src/attribution/rollups/keys'
import { querySql, sqlEngine, transaction } from '../../src/db/raw-sql'
import { bootPayload } from '../helpers/boot'

type Booted = Awaited<ReturnType<typeof bootPayload>>

const DAY = 86_400_000
const CHANNELS = ['newsletter', 'linkedin', null, '']
const CAMPAIGNS = ['finance-q4', 'retail', null]
const LAYERS = ['general-value', 'paying', null]

/** Deterministic pseudo-random numbers (mulberry32). */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/**
 * The daily rollups are an optimisation only: whatever is written, rewritten or rebuilt, a report read
 * through them (whole days) plus the raw rows (partial days) equals the same sums over the raw rows.
 */
describe('report rollups', () => {
  let booted: Booted
  const credits = new Map<number, CreditRow[]>()
  const clicks: ClickRow[] = []
  const now = Date.parse('2026-11-20T15:30:00.000Z')
  const rnd = random(7)
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]
  const at = () => new Date(now - rnd() * 20 * DAY).toISOString()

  const creditsFor = (conversionId: number, conversionAt: string, revenue: number | null): CreditRow[] => {
    const touches = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => ({ channel: pick(CHANNELS), campaignKey: pick(CAMPAIGNS), contentId: rnd() < 0.5 ? 1 + Math.floor(rnd() * 3) : null }))
    const layer = pick(LAYERS)
    const accountId = rnd() < 0.7 ? 1 + Math.floor(rnd() * 4) : null
    return MODELS.flatMap((model) =>
      touches.map((t, i) => {
        const weight = model === 'LINEAR' ? 1 / touches.length : i === 0 ? 1 : 0
        return {
          conversionId, conversionEvent: conversionId % 3 ? 'lead' : 'purchase', conversionAt, model, contactId: conversionId, accountId, layer, touchAt: conversionAt, touchKind: 'click',
          direct: false, clickId: null, linkId: 1, campaignKey: t.campaignKey, channel: t.channel, contentType: t.contentId ? 'white-papers' : null, contentId: t.contentId,
          weight, revenue: revenue == null ? null : revenue * weight, currency: revenue == null ? null : 'USD',
        }
      }),
    )
  }

  beforeAll(async () => {
    booted = await bootPayload()
    const { payload } = booted
    for (let id = 1; id <= 150; id++) credits.set(id, creditsFor(id, at(), rnd() < 0.3 ? Math.round(rnd() * 5000) : null))
    for (const [id, rows] of credits) await writeCredits(payload, id, id, rows)
    // Recomputes: a third of the conversions get new credits (the old ones must leave the rollups).
    for (const id of [...credits.keys()].filter((id) => id % 3 === 0)) {
      const rows = creditsFor(id, at(), 100)
      credits.set(id, rows)
      await writeCredits(payload, id, id, rows)
    }
    for (let i = 0; i < 400; i++)
      clicks.push({ clickId: `c${i}`, at: at(), linkId: 1, code: 'x', campaignKey: pick(CAMPAIGNS), channel: pick(CHANNELS), contentType: i % 2 ? 'white-papers' : null, contentId: i % 2 ? 1 + (i % 3) : null, human: i % 5 !== 0, botReason: null, referrer: null, userAgent: 'Mozilla/5.0', visitorId: null, channelGroup: null, deliveryId: null })
    for (let i = 0; i < clicks.length; i += 60) await storeClicks(payload, clicks.slice(i, i + 60))
  })
  afterAll(async () => booted?.close())

  /** The expected sums, straight from the rows this test wrote. */
  const expected = (model: string, groupBy: (typeof CREDIT_DIMENSIONS)[number], from: Date, to: Date, conversion?: string) => {
    const out = new Map<string, { touches: number; conversions: number; revenue: number }>()
    for (const row of [...credits.values()].flat()) {
      const t = Date.parse(row.conversionAt as string)
      if (row.model !== model || t < from.getTime() || t >= to.getTime() || (conversion && row.conversionEvent !== conversion)) continue
      const key = keyOf(groupBy, row as Keyed)
      const s = out.get(key) ?? { touches: 0, conversions: 0, revenue: 0 }
      s.touches++
      s.conversions += row.weight as number
      s.revenue += (row.revenue as number | null) ?? 0
      out.set(key, s)
    }
    return out
  }
  const rounded = (m: Map<string, { touches: number; conversions: number; revenue: number }>) =>
    Object.fromEntries([...m].filter(([, s]) => s.touches).map(([k, s]) => [k, [s.touches, Math.round(s.conversions * 1e6) / 1e6, Math.round(s.revenue * 100) / 100]]).sort())

  const periods: [string, string][] = [
    ['2026-11-01T07:15:00.000Z', '2026-11-20T15:30:00.000Z'], // partial days at both ends
    ['2026-11-03T00:00:00.000Z', '2026-11-10T00:00:00.000Z'], // whole days only
    ['2026-11-05T03:00:00.000Z', '2026-11-05T21:00:00.000Z'], // inside one day
    ['2026-10-01T00:00:00.000Z', '2026-11-25T00:00:00.000Z'], // everything
  ]

  it('sums credits per group exactly as the raw rows do, for every model, grouping, period and conversion filter', async () => {
    for (const [from, to] of periods)
      for (const model of ['LINEAR', 'FIRST_TOUCH'] as const)
        for (const groupBy of ['CAMPAIGN', 'CHANNEL', 'CONTENT', 'LAYER'] as const)
          for (const conversion of [undefined, 'purchase']) {
            const input = reportInput.parse({ model, groupBy, from, to, conversion })
            const sums = await creditSums(booted.payload, input)
            expect(rounded(sums!), `${model} ${groupBy} ${from}–${to} ${conversion}`).toEqual(rounded(expected(model, groupBy, input.from, input.to, conversion)))
          }
  })

  it('counts human clicks per group exactly, and the daily series adds up to the totals', async () => {
    for (const [from, to] of periods)
      for (const groupBy of ['CAMPAIGN', 'CHANNEL', 'CONTENT'] as const) {
        const input = reportInput.parse({ model: 'LINEAR', groupBy, from, to })
        const want = new Map<string, number>()
        for (const c of clicks) if (c.human && c.at >= input.from.toISOString() && c.at < input.to.toISOString()) want.set(keyOf(groupBy, c), (want.get(keyOf(groupBy, c)) ?? 0) + 1)
        expect(Object.fromEntries([...(await clickCounts(booted.payload, input))!].sort()), `${groupBy} ${from}–${to}`).toEqual(Object.fromEntries([...want].sort()))
        const series = (await dailySeries(booted.payload, input))!
        const total = [...expected('LINEAR', 'CHANNEL', input.from, input.to).values()].reduce((a, s) => a + s.conversions, 0)
        expect(series.reduce((a, d) => a + d.conversions, 0)).toBeCloseTo(total, 5)
      }
  })

  it('rebuilds to the same rollups it maintained incrementally', async () => {
    const { payload } = booted
    const snapshot = async () => ({
      credits: (await querySql(payload, 'SELECT day, model, conversion_event, dimension, key, touches, conversions, revenue FROM credit_rollups WHERE touches <> 0 ORDER BY 1, 2, 3, 4, 5'))!.map((r) => ({ ...r, conversions: Math.round(Number(r.conversions) * 1e6) / 1e6, revenue: Math.round(Number(r.revenue) * 100) / 100, touches: Number(r.touches) })),
      clicks: (await querySql(payload, 'SELECT day, dimension, key, clicks FROM click_rollups ORDER BY 1, 2, 3'))!.map((r) => ({ ...r, clicks: Number(r.clicks) })),
    })
    const before = await snapshot()
    expect(before.credits.length).toBeGreaterThan(50)
    const engine = sqlEngine(payload)!
    await transaction(payload, [...rebuildCreditRollups(engine), ...rebuildClickRollups(engine)])
    expect(await snapshot()).toEqual(before)
  })
})
