import type { PayloadRequest } from 'payload'

import type { ContentItem } from './content-item'
import { hasField } from './content-item'
import { listContent } from './list-content'
import type { ByIndustryInput } from './schemas'
import { taxonomyId } from './taxonomy-id'

/** Published content tagged with an industry (types without industries never match). */
export const contentByIndustry = async (req: PayloadRequest, input: ByIndustryInput, opts = { html: true }): Promise<ContentItem[]> => {
  const industry = await taxonomyId(req, 'industries', input.industry)
  return listContent(req, {
    ...input,
    html: opts.html,
    where: (collection) => (hasField(req.payload, collection, 'industries') ? { industries: { in: [industry] } } : null),
  })
}
