import type { Payload, Where } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../content/content-collection'
import { toCsv as writeCsv } from '../../csv/to-csv'
import { keyOf, NONE, type Keyed } from '../rollups/keys'
import { clickCounts, creditSums, dimensionOf, visitorsAndNps } from './aggregate'
import { channelCost } from './channel-cost'
import type { ReportInput } from './schemas'

export type ReportRow = {
  key: string
  label: string
  /** Touchpoints credited in the period (each conversion's touches in the group). */
  touches: number
  /** Distinct visitors of page views carrying UTM parameters (CHANNEL, CAMPAIGN; null otherwise). */
  uniqueVisitors: number | null
  /** Human clicks on tracked links in the period (CONTENT, CHANNEL, CAMPAIGN). */
  humanClicks: number
  /** Conversions credited to the group under the model (fractions add up across groups to the total). */
  conversions: number
  revenue: number
  /** Campaign budget (CAMPAIGN); a distribution channel's cost in the period (CHANNEL, src/attribution/reports/channel-cost.ts). */
  cost: number | null
  costPerConversion: number | null
  roi: number | null
  /** Net promoter score from `nps` events with a 0–10 score (CHANNEL, CAMPAIGN), and how many answered. */
  nps: number | null
  npsResponses: number
}

type Credit = Keyed & { weight: number; revenue?: number | null }

/**
 * The attribution report: credited conversions and revenue under one model, grouped by content,
 * channel, campaign, industry or growth layer, with touches, human clicks and cost per group; with `audience`, also
 * unique visitors and NPS (CHANNEL, CAMPAIGN), which cost a scan of the events.
 */
export const attributionReport = async (payload: Payload, input: ReportInput, options: { audience?: boolean } = {}): Promise<ReportRow[]> => {
  const period = (field: string): Where[] => [{ [field]: { greater_than_equal: input.from.toISOString() } }, { [field]: { less_than: input.to.toISOString() } }]
  const rows = new Map<string, ReportRow>()
  const row = (key: string) => {
    let r = rows.get(key)
    if (!r) rows.set(key, (r = { key, label: key, touches: 0, uniqueVisitors: null, humanClicks: 0, conversions: 0, revenue: 0, cost: null, costPerConversion: null, roi: null, nps: null, npsResponses: 0 }))
    return r
  }

  // SQL engines sum in the database; MongoDB (and the fallback) sums the rows here.
  const sums = await creditSums(payload, input)
  const industryOf = new Map<number, string>()
  const industryKey = async (accountIds: number[]) => {
    const ids = [...new Set(accountIds.filter(Boolean))]
    const accounts = ids.length ? (await payload.find({ collection: 'accounts', where: { id: { in: ids } }, pagination: false, depth: 1 })).docs : []
    for (const a of accounts) if (a.industry && typeof a.industry === 'object') industryOf.set(Number(a.id), a.industry.slug)
  }
  if (sums) {
    if (input.groupBy === 'INDUSTRY') await industryKey([...sums.keys()].map(Number).filter((n) => !Number.isNaN(n)))
    for (const [k, s] of sums) {
      const r = row(input.groupBy === 'INDUSTRY' ? industryOf.get(Number(k)) || NONE : k)
      r.touches += s.touches
      r.conversions += s.conversions
      r.revenue += s.revenue
    }
  } else {
    const creditWhere: Where = { and: [{ model: { equals: input.model } }, ...period('conversionAt'), ...(input.conversion ? [{ conversionEvent: { equals: input.conversion } }] : [])] }
    const credits = (await payload.find({ collection: 'attribution-credits', where: creditWhere, pagination: false, depth: 0 })).docs as Credit[]
    if (input.groupBy === 'INDUSTRY') await industryKey(credits.map((c) => c.accountId ?? 0))
    for (const c of credits) {
      const key = keyOf(dimensionOf(input.groupBy), c)
      const r = row(input.groupBy === 'INDUSTRY' ? industryOf.get(Number(key)) || NONE : key)
      r.touches++
      r.conversions += c.weight
      r.revenue += c.revenue ?? 0
    }
  }
  // Clicks are anonymous: they have a campaign, channel and content, but no industry or layer.
  if (input.groupBy === 'CAMPAIGN' || input.groupBy === 'CHANNEL' || input.groupBy === 'CONTENT') {
    const counts = await clickCounts(payload, input)
    if (counts) for (const [k, n] of counts) row(k).humanClicks += n
    else {
      const clicks = (await payload.find({ collection: 'clicks', where: { and: [{ human: { equals: true } }, ...period('at')] }, pagination: false, depth: 0 })).docs
      for (const click of clicks) row(keyOf(input.groupBy, click)).humanClicks++
    }
  }

  // Visitors and NPS scan the events table: computed only when asked for.
  const audience = options.audience ? await visitorsAndNps(payload, input) : undefined
  for (const [k, a] of audience ?? []) Object.assign(row(k), { uniqueVisitors: a.visitors, nps: a.nps, npsResponses: a.responses })
  if (audience) for (const r of rows.values()) r.uniqueVisitors ??= 0

  // Labels and costs.
  if (input.groupBy === 'CAMPAIGN') {
    const keys = [...rows.keys()].filter((k) => k !== NONE)
    const campaigns = keys.length ? (await payload.find({ collection: 'campaigns', where: { key: { in: keys } }, pagination: false, depth: 0 })).docs : []
    for (const campaign of campaigns) {
      const r = rows.get(campaign.key)!
      r.label = campaign.name
      r.cost = campaign.budget ?? null
    }
  } else if (input.groupBy === 'CHANNEL') {
    // Tracked links of distributions carry the channel's slug as their channel.
    const slugs = [...rows.keys()].filter((k) => k !== 'direct')
    const channels = slugs.length ? (await payload.find({ collection: 'channels', where: { slug: { in: slugs } }, pagination: false, depth: 0 })).docs : []
    for (const channel of channels) {
      const r = rows.get(channel.slug)!
      r.label = channel.name
      r.cost = await channelCost(payload, channel, input.from, input.to)
    }
  } else if (input.groupBy === 'LAYER') {
    const slugs = [...rows.keys()].filter((k) => k !== NONE)
    const layers = slugs.length ? (await payload.find({ collection: 'growth-layers', where: { slug: { in: slugs } }, pagination: false, depth: 0 })).docs : []
    for (const layer of layers) rows.get(layer.slug)!.label = layer.name
  } else if (input.groupBy === 'CONTENT') {
    // One query per content type for the titles.
    const byType = new Map<string, string[]>()
    for (const key of rows.keys()) {
      if (key === NONE) continue
      const [collection, id] = key.split(':')
      byType.set(collection, [...(byType.get(collection) ?? []), id])
    }
    for (const [collection, ids] of byType) {
      if (!(CONTENT_COLLECTIONS as readonly string[]).includes(collection)) continue
      const docs = (await payload.find({ collection: collection as ContentCollection, where: { id: { in: ids } }, pagination: false, depth: 0, select: { title: true } })).docs
      for (const doc of docs) {
        const r = rows.get(`${collection}:${doc.id}`)
        if (r && doc.title) r.label = doc.title
      }
    }
  }
  for (const r of rows.values()) {
    r.conversions = Math.round(r.conversions * 1e6) / 1e6
    r.revenue = Math.round(r.revenue * 100) / 100
    if (r.cost != null) {
      r.costPerConversion = r.conversions > 0 ? Math.round((r.cost / r.conversions) * 100) / 100 : null
      r.roi = r.cost > 0 ? Math.round(((r.revenue - r.cost) / r.cost) * 10_000) / 10_000 : null
    }
  }
  return [...rows.values()].sort((a, b) => b.conversions - a.conversions || b.humanClicks - a.humanClicks || a.key.localeCompare(b.key))
}

const CSV_COLUMNS: (keyof ReportRow)[] = ['key', 'label', 'touches', 'uniqueVisitors', 'humanClicks', 'conversions', 'revenue', 'cost', 'costPerConversion', 'roi', 'nps', 'npsResponses']

/** The rows as CSV (RFC 4180, formula-guarded: the shared writer of src/csv). */
export const toCsv = (rows: ReportRow[]): string => writeCsv(CSV_COLUMNS.map((c) => ({ header: c, value: (r: ReportRow) => r[c] })), rows)
