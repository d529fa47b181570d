import type { PayloadRequest, Where } from 'payload'

import type { ContentItem } from './content-item'
import { hasField } from './content-item'
import { listContent } from './list-content'
import type { ForLayerInput } from './schemas'
import { taxonomyId } from './taxonomy-id'

/**
 * Published content of every type aimed at a growth layer, optionally narrowed to an industry: what
 * a product surface shows a user at that layer. Types without industries drop out when one is given.
 */
export const contentForLayer = async (req: PayloadRequest, input: ForLayerInput, opts = { html: true }): Promise<ContentItem[]> => {
  const layer = await taxonomyId(req, 'growth-layers', input.layer)
  const industry = input.industry ? await taxonomyId(req, 'industries', input.industry) : undefined
  return listContent(req, {
    ...input,
    html: opts.html,
    where: (collection) => {
      if (!hasField(req.payload, collection, 'targetLayers')) return null
      const filters: Where[] = [{ targetLayers: { in: [layer] } }]
      if (industry !== undefined) {
        if (!hasField(req.payload, collection, 'industries')) return null
        filters.push({ industries: { in: [industry] } })
      }
      return { and: filters }
    },
  })
}
