import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { ContentCollection } from '../../content/content-collection'
import type { WorkflowState } from '../../workflow/states'

/**
 * Seed writes carry `seeding`: hooks with side effects skip (STYLE.md) and the workflow lets the
 * seed set a state directly instead of walking every transition.
 */
export const SEEDING = { seeding: true } as const

/** What a demo document looks like in a data module: its fields, its workflow state and its Chinese text. */
export type ContentSeed<S extends ContentCollection> = {
  /** Published unless stated, so the demo site has content; a few stay behind to show the workflow. */
  state?: Extract<WorkflowState, 'published' | 'in_review' | 'draft'>
  data: Omit<RequiredDataFromCollectionSlug<S>, 'workflowState' | '_status'> & { slug: string }
  /** Localized fields in Chinese; anything left out falls back to English. */
  zh?: Partial<RequiredDataFromCollectionSlug<S>>
}

const exists = async (payload: Payload, collection: CollectionSlug, field: string, value: string) =>
  (await payload.count({ collection, where: { [field]: { equals: value } } })).totalDocs > 0

/**
 * Creates the document unless one with its slug exists (then it is left as it is, edits included),
 * then adds the Chinese version. Returns whether it created one.
 */
export const ensureContent = async <S extends ContentCollection>(payload: Payload, collection: S, seed: ContentSeed<S>): Promise<boolean> => {
  if (await exists(payload, collection, 'slug', seed.data.slug)) return false
  const workflowState = seed.state ?? 'published'
  const status = { workflowState, _status: workflowState === 'published' ? 'published' : 'draft' }
  // The generic data type cannot be narrowed per collection here; ContentSeed<S> checked it already.
  const doc = await payload.create({ collection, data: { ...seed.data, ...status } as never, context: SEEDING, depth: 0 })
  if (seed.zh) {
    await payload.update({ collection, id: doc.id, locale: 'zh', data: { ...seed.zh, ...status } as never, context: SEEDING, depth: 0 })
  }
  return true
}

/**
 * Same for taxonomy and campaigns, keyed by `field` (slug or key): `en` creates, `zh` adds the
 * Chinese names.
 */
export const ensureByKey = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  field: string,
  en: RequiredDataFromCollectionSlug<S>,
  zh?: Partial<RequiredDataFromCollectionSlug<S>>,
): Promise<boolean> => {
  const key = (en as Record<string, unknown>)[field]
  if (typeof key !== 'string') throw new Error(`seed: ${collection} entry without a ${field}`)
  if (await exists(payload, collection, field, key)) return false
  const doc = await payload.create({ collection, data: en as never, context: SEEDING, depth: 0 })
  if (zh) await payload.update({ collection, id: doc.id, locale: 'zh', data: zh as never, context: SEEDING, depth: 0 })
  return true
}
