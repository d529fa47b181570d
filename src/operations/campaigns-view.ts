import type { Payload } from 'payload'

import { NONE } from '../attribution/rollups/keys'
import { creditSums } from '../attribution/reports/aggregate'
import { attributionReport } from '../attribution/reports/report'
import type { OperationsUser } from './access'
import { channelRows } from './channels'
import { periodOf } from './query'
import { buckets, dailyByKey, pointsOf } from './series'
import type { CampaignRow, CampaignsView, OperationsQuery, Series } from './types'
import { round } from './units'

/** planned / running / ended, from a campaign's dates. */
export const campaignStatus = (c: { startsAt?: string | null; endsAt?: string | null }, now = Date.now()): string =>
  c.startsAt && new Date(c.startsAt).getTime() > now ? 'planned' : c.endsAt && new Date(c.endsAt).getTime() < now ? 'ended' : 'running'

/** Campaigns running in the period or with activity in it: budget, status, clicks, leads, conversions, revenue, cost per conversion, ROI. */
const campaignRows = async (payload: Payload, query: OperationsQuery): Promise<CampaignRow[]> => {
  const input = { model: query.model, groupBy: 'CAMPAIGN' as const, from: query.from, to: query.to }
  const [report, leads, running] = await Promise.all([
    attributionReport(payload, input),
    creditSums(payload, { ...input, conversion: 'lead' }),
    payload.find({
      collection: 'campaigns',
      where: { and: [{ startsAt: { less_than: query.to.toISOString() } }, { or: [{ endsAt: { exists: false } }, { endsAt: { greater_than_equal: query.from.toISOString() } }] }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { key: true },
    }),
  ])
  const leadsOf = leads ? new Map([...leads].map(([k, s]) => [k, round(s.conversions, 6)])) : new Map((await attributionReport(payload, { ...input, conversion: 'lead' })).map((r) => [r.key, r.conversions]))
  const keys = new Set([...report.map((r) => r.key), ...running.docs.map((c) => c.key as string)].filter((k) => k !== NONE))
  const campaigns = keys.size
    ? (await payload.find({ collection: 'campaigns', where: { key: { in: [...keys] } }, pagination: false, depth: 0, overrideAccess: true, select: { key: true, name: true, budget: true, startsAt: true, endsAt: true } })).docs
    : []
  const byKey = new Map(campaigns.map((c) => [c.key as string, c]))
  const reportOf = new Map(report.map((r) => [r.key, r]))
  const now = Date.now()
  return [...keys]
    .map((key): CampaignRow => {
      const r = reportOf.get(key)
      const c = byKey.get(key)
      const budget = c?.budget ?? null
      const conversions = r?.conversions ?? 0
      const revenue = r?.revenue ?? 0
      return {
        key,
        label: c?.name ?? r?.label ?? key,
        status: c ? campaignStatus(c, now) : null,
        budget,
        humanClicks: r?.humanClicks ?? 0,
        leads: leadsOf.get(key) ?? 0,
        conversions,
        revenue,
        costPerConversion: budget != null && conversions > 0 ? round(budget / conversions, 2) : null,
        roi: budget != null && budget > 0 ? round((revenue - budget) / budget, 4) : null,
      }
    })
    .sort((a, b) => b.conversions - a.conversions || b.humanClicks - a.humanClicks || a.key.localeCompare(b.key))
}

/**
 * Campaigns and channels in the period: each one's human clicks, conversions and revenue per day or week (rollups), the
 * campaign rows with budget and ROI, and the channel rows as on the overview.
 */
export const campaignsView = async (payload: Payload, query: OperationsQuery, _user: OperationsUser): Promise<CampaignsView> => {
  const [campaigns, channels, campaignDays, channelDays] = await Promise.all([campaignRows(payload, query), channelRows(payload, query), dailyByKey(payload, query, 'CAMPAIGN'), dailyByKey(payload, query, 'CHANNEL')])
  const dates = buckets(query)
  const campaignSeries: Series[] = campaigns.filter((c) => campaignDays.has(c.key)).map((c) => ({ key: c.key, label: c.label, points: pointsOf(campaignDays.get(c.key), dates) }))
  const channelLabel = new Map(channels.map((c) => [c.key, c.label]))
  const channelSeries: Series[] = [...channelDays.keys()]
    .sort((a, b) => channels.findIndex((c) => c.key === a) - channels.findIndex((c) => c.key === b) || a.localeCompare(b))
    .map((key) => ({ key, label: channelLabel.get(key) ?? key, points: pointsOf(channelDays.get(key), dates) }))
  return { period: periodOf(query), campaignSeries, channelSeries, campaigns, channels }
}
