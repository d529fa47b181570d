import type { Payload, Where } from 'payload'

import { channelCost } from '../../attribution/reports/channel-cost'
import { KEY_SQL, keyOf, NONE } from '../../attribution/rollups/keys'
import { CONTENT_COLLECTIONS, type ContentCollection } from '../../content/content-collection'
import { querySql, sqlEngine } from '../../db/raw-sql'
import { subjectType, type TransitionReportInput } from './schemas'

export type TransitionReportRow = {
  key: string
  label: string
  /** Transitions credited to the group under the model (fractions add up across groups). */
  transitions: number
  /** A distribution channel's cost in the period (CHANNEL), a campaign's budget (CAMPAIGN); null otherwise. */
  cost: number | null
  costPerTransition: number | null
}

type Op = 'equals' | 'greater_than_equal' | 'less_than'
const SQL_OP: Record<Op, string> = { equals: '=', greater_than_equal: '>=', less_than: '<' }

/** The report's filters once for SQL (column, operator, value) and once as a Payload where. */
const filtersOf = (input: TransitionReportInput) => {
  const parts: [column: string, field: string, op: Op, value: unknown][] = [
    ['model', 'model', 'equals', input.model],
    ['at', 'at', 'greater_than_equal', input.from.toISOString()],
    ['at', 'at', 'less_than', input.to.toISOString()],
  ]
  if (input.fromLayer) parts.push(['from_layer', 'fromLayer', 'equals', input.fromLayer])
  if (input.toLayer) parts.push(['to_layer', 'toLayer', 'equals', input.toLayer])
  if (input.subject) parts.push(['subject_type', 'subjectType', 'equals', subjectType(input.subject)])
  return {
    sql: parts.map(([column, , op]) => `${column} ${SQL_OP[op]} ?`).join(' AND '),
    args: parts.map(([, , , value]) => value),
    where: parts.map(([, field, op, value]): Where => ({ [field]: { [op]: value } })),
  }
}

/** Sums of credit weights per group: in the database on the SQL engines, here on MongoDB. */
const sums = async (payload: Payload, input: TransitionReportInput): Promise<Map<string, number>> => {
  const filter = filtersOf(input)
  const out = new Map<string, number>()
  if (sqlEngine(payload)) {
    const rows = await querySql(payload, `SELECT ${KEY_SQL[input.groupBy]} AS k, SUM(weight) AS w FROM transition_credits WHERE ${filter.sql} GROUP BY 1`, filter.args)
    for (const r of rows ?? []) out.set(String(r.k), Number(r.w))
    return out
  }
  const { docs } = await payload.find({ collection: 'transition-credits', where: { and: filter.where }, pagination: false, depth: 0 })
  for (const c of docs) out.set(keyOf(input.groupBy, c), (out.get(keyOf(input.groupBy, c)) ?? 0) + c.weight)
  return out
}

/**
 * Which content, channel or campaign moved contacts or accounts between layers: the layer transitions
 * of a period credited to each group under one attribution model (src/growth/transitions), optionally
 * only from one layer and/or into another, with what the group cost and its cost per transition —
 * "which white paper moved accounts from potential development to heavy retention, at what cost".
 */
export const transitionReport = async (payload: Payload, input: TransitionReportInput): Promise<TransitionReportRow[]> => {
  const rows = new Map<string, TransitionReportRow>()
  for (const [key, weight] of await sums(payload, input))
    if (Math.abs(weight) > 1e-9) rows.set(key, { key, label: key, transitions: Math.round(weight * 1e6) / 1e6, cost: null, costPerTransition: null })
  const keys = [...rows.keys()].filter((k) => k !== NONE)
  if (input.groupBy === 'CAMPAIGN' && keys.length) {
    for (const campaign of (await payload.find({ collection: 'campaigns', where: { key: { in: keys } }, pagination: false, depth: 0 })).docs)
      Object.assign(rows.get(campaign.key)!, { label: campaign.name, cost: campaign.budget ?? null })
  } else if (input.groupBy === 'CHANNEL' && keys.length) {
    // Tracked links of distributions carry the channel's slug as their channel.
    for (const channel of (await payload.find({ collection: 'channels', where: { slug: { in: keys } }, pagination: false, depth: 0 })).docs)
      Object.assign(rows.get(channel.slug)!, { label: channel.name, cost: await channelCost(payload, channel, input.from, input.to) })
  } else if (input.groupBy === 'CONTENT') {
    const byType = new Map<string, string[]>()
    for (const key of keys) {
      const [collection, id] = key.split(':')
      byType.set(collection, [...(byType.get(collection) ?? []), id])
    }
    for (const [collection, ids] of byType) {
      if (!(CONTENT_COLLECTIONS as readonly string[]).includes(collection)) continue
      const { docs } = await payload.find({ collection: collection as ContentCollection, where: { id: { in: ids } }, pagination: false, depth: 0, select: { title: true } })
      for (const doc of docs) if (doc.title) rows.get(`${collection}:${doc.id}`)!.label = doc.title
    }
  }
  for (const r of rows.values()) if (r.cost != null && r.transitions > 0) r.costPerTransition = Math.round((r.cost / r.transitions) * 100) / 100
  return [...rows.values()].sort((a, b) => b.transitions - a.transitions || a.key.localeCompare(b.key))
}
