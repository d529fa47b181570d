import type { Payload } from 'payload'

import { relationIds } from '../../fields/relation-id'
import type { Playbook } from '../../payload-types'

export type ContentRef = { collection: string; id: number }
export type PlaybookView = {
  id: number
  name: string
  layer: string
  goal: string | null
  cadence: string | null
  channels: { slug: string; name: string }[]
  recommendedContent: ContentRef[]
}

/** The playbook's recommended content as references, in the playbook's order. */
export const contentRefs = (playbook: Pick<Playbook, 'recommendedContent'>): ContentRef[] =>
  (playbook.recommendedContent ?? []).map((r) => ({ collection: r.relationTo, id: Number(typeof r.value === 'object' ? r.value.id : r.value) }))

/** The playbook of a growth layer (by slug), or null when the layer has none. */
export const playbookFor = async (payload: Payload, layerSlug: string): Promise<PlaybookView | null> => {
  const { docs } = await payload.find({ collection: 'playbooks', where: { 'layer.slug': { equals: layerSlug } }, limit: 1, pagination: false, depth: 0 })
  const playbook = docs[0]
  if (!playbook) return null
  const channelIds = relationIds(playbook.channels)
  const channels = channelIds.length ? (await payload.find({ collection: 'channels', where: { id: { in: channelIds } }, pagination: false, depth: 0, select: { slug: true, name: true } })).docs : []
  return {
    id: Number(playbook.id),
    name: playbook.name,
    layer: layerSlug,
    goal: playbook.goal ?? null,
    cadence: playbook.cadence ?? null,
    // In the playbook's order.
    channels: channelIds.map((id) => channels.find((c) => Number(c.id) === id)).filter((c) => c !== undefined).map((c) => ({ slug: c.slug, name: c.name })),
    recommendedContent: contentRefs(playbook),
  }
}
