import type { PayloadRequest, Where } from 'payload'

import { assertMayReadReports } from '../../attribution/reports/may-read'
import { layerOf } from '../../growth/queries/layer-of'
import { contentRefs } from '../../growth/queries/playbook-for'
import type { ContentItem } from './content-item'
import { hasField } from './content-item'
import { listContent } from './list-content'
import type { ForLayerInput } from './schemas'
import { taxonomyId } from './taxonomy-id'

/** The layer slug asked for, or the current one of a contact or account (a person's layer is the team's to read). */
const layerSlug = async (req: PayloadRequest, input: ForLayerInput): Promise<string | null> => {
  if (input.layer) return input.layer
  assertMayReadReports(req.user)
  return (await layerOf(req.payload, { email: input.email, accountDomain: input.accountDomain }))?.layer ?? null
}

/**
 * Published content of every type aimed at a growth layer, optionally narrowed to an industry: what
 * a product surface shows a user at that layer. Types without industries drop out when one is given.
 * The layer is given by slug, or is where a contact (email) or account (accountDomain) stands now —
 * nothing for one not placed yet. The layer's playbook's recommended content comes first, in its order.
 */
export const contentForLayer = async (req: PayloadRequest, input: ForLayerInput, opts = { html: true }): Promise<ContentItem[]> => {
  const slug = await layerSlug(req, input)
  if (!slug) return []
  const layer = await taxonomyId(req, 'growth-layers', slug)
  const industry = input.industry ? await taxonomyId(req, 'industries', input.industry) : undefined
  const inIndustry = (collection: Parameters<typeof hasField>[1], filters: Where[]): Where | null => {
    if (industry === undefined) return { and: filters }
    if (!hasField(req.payload, collection, 'industries')) return null
    return { and: [...filters, { industries: { in: [industry] } }] }
  }
  const playbook = (await req.payload.find({ collection: 'playbooks', where: { layer: { equals: layer } }, limit: 1, pagination: false, depth: 0, req })).docs[0]
  const refs = playbook ? contentRefs(playbook) : []
  const recommended = refs.length
    ? await listContent(req, {
        ...input,
        html: opts.html,
        where: (collection) => {
          const ids = refs.filter((r) => r.collection === collection).map((r) => r.id)
          return ids.length ? inIndustry(collection, [{ id: { in: ids } }]) : null
        },
        fetchLimit: refs.length,
      })
    : []
  const order = (item: ContentItem) => refs.findIndex((r) => r.collection === item.collection && r.id === Number(item.id))
  recommended.sort((a, b) => order(a) - order(b))
  const targeted = await listContent(req, {
    ...input,
    html: opts.html,
    where: (collection) => (hasField(req.payload, collection, 'targetLayers') ? inIndustry(collection, [{ targetLayers: { in: [layer] } }]) : null),
    fetchLimit: input.limit + recommended.length,
  })
  const seen = new Set(recommended.map((item) => `${item.collection}:${item.id}`))
  return [...recommended, ...targeted.filter((item) => !seen.has(`${item.collection}:${item.id}`))].slice(0, input.limit)
}
