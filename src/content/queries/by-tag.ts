import type { PayloadRequest } from 'payload'

import type { ContentItem } from './content-item'
import { hasField } from './content-item'
import { listContent } from './list-content'
import type { ByTagInput } from './schemas'

/** Published content carrying a tag (exact match; tags are free text on the content types that have them). */
export const contentByTag = async (req: PayloadRequest, input: ByTagInput, opts = { html: true }): Promise<ContentItem[]> =>
  listContent(req, {
    ...input,
    html: opts.html,
    where: (collection) => (hasField(req.payload, collection, 'tags') ? { tags: { equals: input.tag } } : null),
  })
