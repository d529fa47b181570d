import type { Payload } from 'payload'

import { clickCounts, creditSums } from '../attribution/reports/aggregate'
import { keyOf, NONE } from '../attribution/rollups/keys'
import { isStale, staleAfterDays } from '../../collections/Guides/stale'
import { CONTENT_COLLECTIONS, type ContentCollection } from '../content/content-collection'
import { sqlEngine } from '../db/raw-sql'
import { transitionReport } from '../growth/queries/transition-report'
import type { OperationsUser } from './access'
import { periodOf } from './query'
import type { ContentRow, ContentView, ContentWarning, OperationsQuery } from './types'
import { round } from './units'

/** The content view lists at most this many items (most conversions first). */
export const CONTENT_ROWS = 200

type Sums = Map<string, { conversions: number; revenue: number }>
type Doc = { id: number | string; title?: string | null; workflowState?: string | null; linkReport?: { url: string; broken?: boolean | null; status?: number | null }[] | null; lastVerifiedAt?: string | null }

const credits = async (payload: Payload, query: OperationsQuery, conversion?: string): Promise<Sums> => {
  const input = { model: query.model, groupBy: 'CONTENT' as const, from: query.from, to: query.to, ...(conversion ? { conversion } : {}) }
  const sums = await creditSums(payload, input)
  const out: Sums = new Map()
  if (sums) for (const [k, s] of sums) out.set(k, { conversions: s.conversions, revenue: s.revenue })
  else {
    const { docs } = await payload.find({
      collection: 'attribution-credits',
      where: { and: [{ model: { equals: query.model } }, { conversionAt: { greater_than_equal: query.from.toISOString() } }, { conversionAt: { less_than: query.to.toISOString() } }, ...(conversion ? [{ conversionEvent: { equals: conversion } }] : [])] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const c of docs) {
      const s = out.get(keyOf('CONTENT', c)) ?? { conversions: 0, revenue: 0 }
      s.conversions += c.weight
      s.revenue += c.revenue ?? 0
      out.set(keyOf('CONTENT', c), s)
    }
  }
  return out
}

/** Human and bot clicks per content item in the period, from the click rollups (whole days) and the clicks (the ends). */
const clicks = async (payload: Payload, query: OperationsQuery): Promise<{ human: Map<string, number>; bot: Map<string, number> }> => {
  const period = [query.from.toISOString(), query.to.toISOString()]
  if (sqlEngine(payload)) {
    const input = { model: query.model, groupBy: 'CONTENT' as const, from: query.from, to: query.to }
    const [human, bot] = await Promise.all([clickCounts(payload, input), clickCounts(payload, input, { bots: true })])
    return { human: human ?? new Map(), bot: bot ?? new Map() }
  }
  const { docs } = await payload.find({
    collection: 'clicks',
    where: { and: [{ at: { greater_than_equal: period[0] } }, { at: { less_than: period[1] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { human: true, contentType: true, contentId: true },
  })
  const human = new Map<string, number>()
  const bot = new Map<string, number>()
  for (const c of docs) {
    const m = c.human ? human : bot
    m.set(keyOf('CONTENT', c), (m.get(keyOf('CONTENT', c)) ?? 0) + 1)
  }
  return { human, bot }
}

/** Distributions per content item (all of them: a distribution is planned work, not period activity). */
const distributionsPerItem = async (payload: Payload): Promise<Map<string, number>> => {
  const { docs } = await payload.find({ collection: 'distributions', pagination: false, depth: 0, overrideAccess: true, select: { content: true } })
  const out = new Map<string, number>()
  for (const d of docs)
    for (const key of new Set((d.content ?? []).map((c) => `${c.relationTo}:${typeof c.value === 'object' ? c.value.id : c.value}`))) out.set(key, (out.get(key) ?? 0) + 1)
  return out
}

/** Warnings: a guide not verified within GUIDE_STALE_DAYS, and links the link checker found broken. */
export const warningsOf = (collection: string, doc: Doc, now = Date.now()): ContentWarning[] => {
  const out: ContentWarning[] = []
  if (collection === 'guides' && isStale(doc.lastVerifiedAt, now))
    out.push({ kind: 'stale', message: doc.lastVerifiedAt ? `Not verified for over ${staleAfterDays()} days (last ${doc.lastVerifiedAt.slice(0, 10)})` : 'Never verified' })
  for (const link of doc.linkReport ?? [])
    if (link.broken) out.push({ kind: 'broken-link', message: `Broken link ${link.url}${link.status ? ` (HTTP ${link.status})` : ''}` })
  return out
}

/**
 * Every content item that was active in the period (clicks, credited conversions or transitions) or is published, with
 * its distributions, human and bot clicks, leads, conversions, revenue and transitions credited under the model, and
 * its warnings; most conversions first, at most 200.
 */
export const contentView = async (payload: Payload, query: OperationsQuery, _user: OperationsUser): Promise<ContentView> => {
  const [all, leads, click, transitions, distributions] = await Promise.all([
    credits(payload, query),
    credits(payload, query, 'lead'),
    clicks(payload, query),
    transitionReport(payload, { model: query.model, groupBy: 'CONTENT', from: query.from, to: query.to }),
    distributionsPerItem(payload),
  ])
  const transitionsOf = new Map(transitions.map((t) => [t.key, t.transitions]))
  const active = new Set([...all.keys(), ...leads.keys(), ...click.human.keys(), ...click.bot.keys(), ...transitionsOf.keys()].filter((k) => k !== NONE))
  const activeIds = new Map<string, number[]>()
  for (const key of active) {
    const [collection, id] = key.split(':')
    if ((CONTENT_COLLECTIONS as readonly string[]).includes(collection) && Number(id) > 0) activeIds.set(collection, [...(activeIds.get(collection) ?? []), Number(id)])
  }
  const perCollection = await Promise.all(
    CONTENT_COLLECTIONS.map(async (collection: ContentCollection) => {
      const ids = activeIds.get(collection) ?? []
      const { docs } = await payload.find({
        collection,
        where: { or: [{ _status: { equals: 'published' } }, ...(ids.length ? [{ id: { in: ids } }] : [])] },
        limit: CONTENT_ROWS + ids.length,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { title: true, workflowState: true, linkReport: true, ...(collection === 'guides' ? { lastVerifiedAt: true } : {}) },
      })
      return { collection, docs: docs as unknown as Doc[] }
    }),
  )
  const now = Date.now()
  const rows: ContentRow[] = perCollection.flatMap(({ collection, docs }) =>
    docs.map((doc) => {
      const key = `${collection}:${doc.id}`
      return {
        key,
        collection,
        id: Number(doc.id),
        title: doc.title || `#${doc.id}`,
        workflowState: doc.workflowState ?? null,
        distributions: distributions.get(key) ?? 0,
        humanClicks: click.human.get(key) ?? 0,
        botClicks: click.bot.get(key) ?? 0,
        leads: round(leads.get(key)?.conversions ?? 0, 6),
        conversions: round(all.get(key)?.conversions ?? 0, 6),
        revenue: round(all.get(key)?.revenue ?? 0, 2),
        transitions: transitionsOf.get(key) ?? 0,
        warnings: warningsOf(collection, doc, now),
      }
    }),
  )
  rows.sort((a, b) => b.conversions - a.conversions || b.humanClicks - a.humanClicks || b.revenue - a.revenue || a.key.localeCompare(b.key))
  return { period: periodOf(query), rows: rows.slice(0, CONTENT_ROWS) }
}
