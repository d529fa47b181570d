import type { PayloadRequest } from 'payload'

import type { ContentItem } from './content-item'
import { hasField } from './content-item'
import { listContent } from './list-content'
import type { ByProductInput } from './schemas'
import { taxonomyId } from './taxonomy-id'

/** Published content about a product: white papers, guides, product copy and articles. */
export const contentByProduct = async (req: PayloadRequest, input: ByProductInput, opts = { html: true }): Promise<ContentItem[]> => {
  const product = await taxonomyId(req, 'products', input.product)
  return listContent(req, {
    ...input,
    html: opts.html,
    where: (collection) => (hasField(req.payload, collection, 'product') ? { product: { equals: product } } : null),
  })
}
