import type { Payload } from 'payload'

import { type LayerSizesInput, subjectType } from './schemas'
import { transitionCounts } from './transition-counts'

export type LayerSize = { layer: string; count: number }
export type LayerSizesPoint = { date: string; sizes: LayerSize[] }

const DAY_MS = 86_400_000
const dayOf = (d: Date) => d.toISOString().slice(0, 10)

/**
 * How many contacts or accounts each layer held over a period, from the transitions alone: every
 * transition adds one to its `to` layer and takes one from its `from` layer (a first placement comes
 * from null). One point per day or week, from the day of `from`: the sizes at the end of that day or
 * week (at `to` for the last). Layers come in rank order, every layer in every point.
 */
export const layerSizes = async (payload: Payload, input: LayerSizesInput): Promise<LayerSizesPoint[]> => {
  const step = input.interval === 'WEEK' ? 7 * DAY_MS : DAY_MS
  const start = Date.parse(`${dayOf(input.from)}T00:00:00.000Z`)
  const counts = (await transitionCounts(payload, subjectType(input.subject), input.to)).sort((a, b) => a.day.localeCompare(b.day))
  const ranked = (await payload.find({ collection: 'growth-layers', sort: 'rank', pagination: false, depth: 0, select: { slug: true } })).docs.map((l) => l.slug)
  const sizes = new Map<string, number>(ranked.map((slug) => [slug, 0]))
  const apply = (c: (typeof counts)[number]) => {
    if (c.to) sizes.set(c.to, (sizes.get(c.to) ?? 0) + c.count)
    if (c.from) sizes.set(c.from, (sizes.get(c.from) ?? 0) - c.count)
  }
  let i = 0
  const points: LayerSizesPoint[] = []
  for (let bucket = start; bucket < input.to.getTime(); bucket += step) {
    const end = dayOf(new Date(bucket + step))
    while (i < counts.length && counts[i].day < end) apply(counts[i++])
    points.push({ date: dayOf(new Date(bucket)), sizes: [...sizes].map(([layer, count]) => ({ layer, count })) })
  }
  return points
}
