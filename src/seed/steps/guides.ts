import type { Payload } from 'payload'

import { guides } from '../data/guides'
import { ensureContent } from './ensure'
import type { SeedRefs } from './refs'

const guideId = async (payload: Payload, slug: string) => {
  const { docs } = await payload.find({ collection: 'guides', where: { slug: { equals: slug } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`seed: parent guide "${slug}" must come before its children`)
  return docs[0].id
}

/** Guides with steps; children name their parent, so the nested-docs plugin fills in breadcrumbs. */
export const seedGuides = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  for (const { parentSlug, ...guide } of guides(refs)) {
    const parent = parentSlug ? await guideId(payload, parentSlug) : undefined
    await ensureContent(payload, 'guides', parent ? { ...guide, data: { ...guide.data, parent } } : guide)
  }
}
