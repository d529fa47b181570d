import type { Payload } from 'payload'

import { MODELS, type Model } from '../attribution/models/credit'
import { creditSums } from '../attribution/reports/aggregate'
import { attributionReport } from '../attribution/reports/report'
import { channelNps } from './nps'
import type { ChannelRow, ModelShiftRow, OperationsQuery } from './types'
import { round } from './units'

const per = (cost: number | null, n: number) => (cost != null && n > 0 ? round(cost / n, 2) : null)

/** Conversions of one conversion event (or all) per channel under a model (credit rollups; attributionReport on MongoDB). */
export const channelConversions = async (payload: Payload, query: OperationsQuery, model: Model, conversion?: string): Promise<Map<string, number>> => {
  const input = { model, groupBy: 'CHANNEL' as const, from: query.from, to: query.to, ...(conversion ? { conversion } : {}) }
  const sums = await creditSums(payload, input)
  if (sums) return new Map([...sums].filter(([, s]) => Math.abs(s.conversions) > 1e-9).map(([k, s]) => [k, round(s.conversions, 6)]))
  return new Map((await attributionReport(payload, input)).map((r) => [r.key, r.conversions]))
}

/**
 * Channels in the period under the query's model: human clicks, leads (`lead` conversions), acquisitions (`purchase`
 * conversions), all conversions, revenue, cost, cost per lead and per acquisition, ROI and NPS (src/operations/nps.ts).
 */
export const channelRows = async (payload: Payload, query: OperationsQuery): Promise<ChannelRow[]> => {
  const [report, leads, acquisitions, nps] = await Promise.all([
    attributionReport(payload, { model: query.model, groupBy: 'CHANNEL', from: query.from, to: query.to }),
    channelConversions(payload, query, query.model, 'lead'),
    channelConversions(payload, query, query.model, 'purchase'),
    channelNps(payload, query),
  ])
  return report.map((r) => {
    const l = leads.get(r.key) ?? 0
    const a = acquisitions.get(r.key) ?? 0
    return {
      key: r.key,
      label: r.label,
      humanClicks: r.humanClicks,
      leads: l,
      acquisitions: a,
      conversions: r.conversions,
      revenue: r.revenue,
      cost: r.cost,
      costPerLead: per(r.cost, l),
      costPerAcquisition: per(r.cost, a),
      roi: r.roi,
      nps: nps.nps.get(r.key)?.nps ?? null,
      npsResponses: nps.nps.get(r.key)?.responses ?? 0,
      ...(nps.omitted ? { npsOmitted: true } : {}),
    }
  })
}

/** Conversions credited to each channel under each of the six models, channels by their total over the models. */
export const modelShift = async (payload: Payload, query: OperationsQuery, labels: Map<string, string>): Promise<ModelShiftRow[]> => {
  const perModel = await Promise.all(MODELS.map((m) => channelConversions(payload, query, m)))
  const keys = new Set(perModel.flatMap((m) => [...m.keys()]))
  const missing = [...keys].filter((k) => !labels.has(k) && k !== 'direct')
  const names = new Map(labels)
  if (missing.length)
    for (const c of (await payload.find({ collection: 'channels', where: { slug: { in: missing } }, pagination: false, depth: 0, overrideAccess: true, select: { slug: true, name: true } })).docs)
      names.set(c.slug as string, c.name)
  const rows = [...keys].map((key) => ({ key, label: names.get(key) ?? key, byModel: Object.fromEntries(MODELS.map((m, i) => [m, perModel[i].get(key) ?? 0])) as Record<Model, number> }))
  const total = (r: ModelShiftRow) => MODELS.reduce((s, m) => s + r.byModel[m], 0)
  return rows.sort((a, b) => total(b) - total(a) || a.key.localeCompare(b.key))
}
