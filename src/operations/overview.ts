import type { Payload } from 'payload'

import { NONE } from '../attribution/rollups/keys'
import { attributionReport } from '../attribution/reports/report'
import type { OperationsUser } from './access'
import { channelRows, modelShift } from './channels'
import { funnelOf, layerCardsAndSeries, layersByRank } from './layers'
import { periodOf } from './query'
import { recentMoves } from './recent-moves'
import type { OperationsQuery, Overview, TopContentRow } from './types'

/** How many content items the overview ranks. */
export const TOP_CONTENT = 10

/** The content that converted most in the period under the model (ties: more human clicks first). */
export const topContent = async (payload: Payload, query: OperationsQuery, limit = TOP_CONTENT): Promise<TopContentRow[]> =>
  (await attributionReport(payload, { model: query.model, groupBy: 'CONTENT', from: query.from, to: query.to }))
    .filter((r) => r.key !== NONE && (r.conversions > 0 || r.humanClicks > 0))
    .slice(0, limit)
    .map((r) => {
      const [collection, id] = r.key.split(':')
      return { key: r.key, collection, id: Number(id), title: r.label, conversions: r.conversions, revenue: r.revenue, humanClicks: r.humanClicks }
    })

/**
 * The overview: the growth layers now and in the period, the funnel, the content and channels that converted, how
 * credit shifts between the models, and the latest moves between layers. Reads rollups, transitions and cached columns.
 */
export const overview = async (payload: Payload, query: OperationsQuery, _user: OperationsUser): Promise<Overview> => {
  const layers = await layersByRank(payload)
  const [{ cards, series }, top, channels, moves] = await Promise.all([layerCardsAndSeries(payload, query, layers), topContent(payload, query), channelRows(payload, query), recentMoves(payload)])
  const shift = await modelShift(payload, query, new Map(channels.map((c) => [c.key, c.label])))
  return { period: periodOf(query), layers: cards, layerSeries: series, funnel: funnelOf(cards, layers), topContent: top, channels, modelShift: shift, recentMoves: moves }
}
