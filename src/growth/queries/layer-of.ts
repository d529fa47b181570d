import type { Payload } from 'payload'

import type { WhoInput } from './schemas'

export type LayerOf = { layer: string; subTier: string | null; since: string | null }

type Standing = { layer?: number | { slug?: string | null } | null; subTier?: string | null; layerSince?: string | null }

const slugOf = async (payload: Payload, layer: Standing['layer']): Promise<string | null> => {
  if (layer == null) return null
  if (typeof layer === 'object') return layer.slug ?? null
  const doc = await payload.findByID({ collection: 'growth-layers', id: layer, depth: 0, disableErrors: true, select: { slug: true } })
  return doc?.slug ?? null
}

/**
 * Where a contact (by email) or an account (by domain) stands now: its growth layer's slug, its paying
 * sub-tier and since when (written by the layers engine, src/growth/layers). Null for an unknown
 * person or company, or one the rules have not placed yet.
 */
export const layerOf = async (payload: Payload, who: WhoInput): Promise<LayerOf | null> => {
  const { docs } = who.email
    ? await payload.find({ collection: 'contacts', where: { email: { equals: who.email } }, limit: 1, depth: 1, pagination: false, select: { layer: true, subTier: true, layerSince: true } })
    : await payload.find({ collection: 'accounts', where: { domain: { equals: who.accountDomain } }, limit: 1, depth: 1, pagination: false, select: { layer: true, subTier: true, layerSince: true } })
  const standing = docs[0] as Standing | undefined
  const layer = standing && (await slugOf(payload, standing.layer))
  return layer ? { layer, subTier: standing?.subTier ?? null, since: standing?.layerSince ?? null } : null
}
