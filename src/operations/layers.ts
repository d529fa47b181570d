import type { Payload } from 'payload'

import { querySql, sqlEngine } from '../db/raw-sql'
import { daySql } from '../attribution/rollups/keys'
import { splitPeriod } from '../attribution/rollups/period'
import { transitionCounts } from '../growth/queries/transition-counts'
import type { FunnelStep, LayerCard, LayerSeriesPoint, OperationsQuery } from './types'
import { dayOf } from './units'

export type LayerInfo = { id: number; slug: string; name: string; rank: number; overrides: boolean }

/** The growth layers in rank order (lowest first). */
export const layersByRank = async (payload: Payload): Promise<LayerInfo[]> =>
  (await payload.find({ collection: 'growth-layers', sort: 'rank', pagination: false, depth: 0, overrideAccess: true, select: { slug: true, name: true, rank: true, overrides: true } })).docs.map(
    (l) => ({ id: Number(l.id), slug: l.slug as string, name: l.name, rank: l.rank, overrides: Boolean(l.overrides) }),
  )

/** Contacts per layer id now, from the cached `contacts.layer` column (one GROUP BY on the SQL engines). */
const contactsPerLayer = async (payload: Payload, layers: LayerInfo[]): Promise<Map<number, number>> => {
  const out = new Map<number, number>()
  if (sqlEngine(payload)) {
    for (const r of (await querySql(payload, 'SELECT layer_id AS l, COUNT(*) AS n FROM contacts WHERE layer_id IS NOT NULL GROUP BY layer_id')) ?? []) out.set(Number(r.l), Number(r.n))
    return out
  }
  for (const l of layers) out.set(l.id, (await payload.count({ collection: 'contacts', where: { layer: { equals: l.id } }, overrideAccess: true })).totalDocs)
  return out
}

type DayMove = { day: string; from: string | null; to: string | null; count: number }

/** Contact transitions from `since` on (to now), counted per UTC day and (from, to); one range read of `layer_transitions`. */
const movesSince = async (payload: Payload, since: Date): Promise<DayMove[]> => {
  const engine = sqlEngine(payload)
  if (engine) {
    const rows = await querySql(
      payload,
      `SELECT ${daySql(engine, 'at')} AS d, from_layer AS f, to_layer AS t, COUNT(*) AS n FROM layer_transitions WHERE subject_type = 'contact' AND at >= ? GROUP BY 1, 2, 3`,
      [since.toISOString()],
    )
    return (rows ?? []).map((r) => ({ day: String(r.d), from: (r.f as string | null) ?? null, to: (r.t as string | null) ?? null, count: Number(r.n) }))
  }
  return transitionCounts(payload, 'contact', new Date(8.64e15), since)
}

/** Contact transitions in [from, to) per (from, to) layer. */
const movesBetween = async (payload: Payload, from: Date, to: Date): Promise<Omit<DayMove, 'day'>[]> => {
  if (sqlEngine(payload)) {
    const rows = await querySql(
      payload,
      `SELECT from_layer AS f, to_layer AS t, COUNT(*) AS n FROM layer_transitions WHERE subject_type = 'contact' AND at >= ? AND at < ? GROUP BY from_layer, to_layer`,
      [from.toISOString(), to.toISOString()],
    )
    return (rows ?? []).map((r) => ({ from: (r.f as string | null) ?? null, to: (r.t as string | null) ?? null, count: Number(r.n) }))
  }
  return transitionCounts(payload, 'contact', to, from)
}

/**
 * The layer cards and the size series of the period, both from the cached `contacts.layer` column (sizes now) and the
 * contact transitions since the period began: a card's entered/left count the moves inside the period; the series walks
 * back from today's sizes, undoing each later move (what src/growth/queries/layer-sizes.ts replays forward from the first
 * transition ever, which reads every transition there is). Points per day or week from the day of `from`, each the sizes
 * at the end of its day or week (at `to` for the last).
 */
export const layerCardsAndSeries = async (payload: Payload, query: OperationsQuery, layers: LayerInfo[]): Promise<{ cards: LayerCard[]; series: LayerSeriesPoint[] }> => {
  const DAY_MS = 86_400_000
  const start = Math.floor(query.from.getTime() / DAY_MS) * DAY_MS
  // Whole days of the period from the daily counts; a partial first or last day exactly, from its own (small) range.
  const { days, edges } = splitPeriod(query.from, query.to)
  const [now, moves, ...edgeMoves] = await Promise.all([contactsPerLayer(payload, layers), movesSince(payload, new Date(start)), ...edges.map(([from, to]) => movesBetween(payload, from, to))])
  const entered = new Map<string, number>()
  const left = new Map<string, number>()
  const count = (m: Omit<DayMove, 'day'>) => {
    if (m.from === m.to) return
    if (m.to) entered.set(m.to, (entered.get(m.to) ?? 0) + m.count)
    if (m.from) left.set(m.from, (left.get(m.from) ?? 0) + m.count)
  }
  if (days) for (const m of moves) if (m.day >= days.from && m.day < days.to) count(m)
  for (const m of edgeMoves.flat()) count(m)
  const sizeNow = new Map(layers.map((l) => [l.slug, now.get(l.id) ?? 0]))
  const cards = layers.map((l) => {
    const e = entered.get(l.slug) ?? 0
    const g = left.get(l.slug) ?? 0
    return { slug: l.slug, name: l.name, rank: l.rank, size: sizeNow.get(l.slug) ?? 0, entered: e, left: g, net: e - g }
  })

  // Walk back from now: the sizes at the end of a bucket are today's minus every move after it.
  const step = query.interval === 'week' ? 7 * DAY_MS : DAY_MS
  const ends: number[] = []
  for (let bucket = start; bucket < query.to.getTime(); bucket += step) ends.push(bucket)
  const sorted = [...moves].sort((a, b) => b.day.localeCompare(a.day))
  const sizes = new Map(sizeNow)
  const undo = (m: DayMove) => {
    if (m.to) sizes.set(m.to, (sizes.get(m.to) ?? 0) - m.count)
    if (m.from) sizes.set(m.from, (sizes.get(m.from) ?? 0) + m.count)
  }
  let i = 0
  const series: LayerSeriesPoint[] = []
  for (const bucket of [...ends].reverse()) {
    const end = dayOf(Math.min(bucket + step, Math.ceil(query.to.getTime() / DAY_MS) * DAY_MS))
    while (i < sorted.length && sorted[i].day >= end) undo(sorted[i++])
    series.push({ date: dayOf(bucket), sizes: Object.fromEntries(layers.map((l) => [l.slug, sizes.get(l.slug) ?? 0])) })
  }
  return { cards, series: series.reverse() }
}

/**
 * The funnel: each non-dormant layer in rank order (general value → potential development → heavy retention → paying),
 * counting the contacts in it or in any higher-ranked non-dormant layer, with the share of the step before.
 */
export const funnelOf = (cards: LayerCard[], layers: LayerInfo[]): FunnelStep[] => {
  const steps = layers.filter((l) => !l.overrides)
  const size = new Map(cards.map((c) => [c.slug, c.size]))
  const out: FunnelStep[] = []
  for (const [i, l] of steps.entries()) {
    const contacts = steps.slice(i).reduce((sum, s) => sum + (size.get(s.slug) ?? 0), 0)
    const previous = out[i - 1]?.contacts
    out.push({ slug: l.slug, name: l.name, contacts, conversionFromPrevious: previous === undefined ? null : previous > 0 ? Math.round((contacts / previous) * 10_000) / 10_000 : null })
  }
  return out
}
