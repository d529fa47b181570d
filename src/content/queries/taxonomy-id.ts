import type { PayloadRequest } from 'payload'

import { notFound } from './errors'

type Taxonomy = 'industries' | 'products' | 'growth-layers'

const NOUN: Record<Taxonomy, string> = { industries: 'industry', products: 'product', 'growth-layers': 'growth layer' }

/**
 * The id of a taxonomy term from its slug. An unknown slug is a 404 naming it: a typo in a developer's
 * query should not look like "no content yet".
 */
export const taxonomyId = async (req: PayloadRequest, collection: Taxonomy, slug: string): Promise<number | string> => {
  const { docs } = await req.payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: {},
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!docs[0]) throw notFound(`No ${NOUN[collection]} with slug '${slug}'`)
  return docs[0].id
}
