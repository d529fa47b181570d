import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'

import { afterTransaction } from './after-commit'
import { dependentsOf } from './dependencies'
import { invalidateTags } from './shared'
import { QUERY_TAG, restTag } from './tags'

/** What a change to `collection` can have made stale: its reads, reads embedding it, all queries. */
export const tagsForChange = (req: PayloadRequest, collection: string): string[] => [
  QUERY_TAG,
  restTag(collection),
  ...dependentsOf(req.payload.config)(collection).map(restTag),
]

// No context flag skips this (unlike other side effects, STYLE.md): it is cheap, and a seed or an
// import that skipped it would leave readers on stale content until the TTL runs out.
const dropCachedReads = async (req: PayloadRequest, collection: string): Promise<void> => {
  const tags = tagsForChange(req, collection)
  // Now, so nothing cached before the write is served after it; and again once the transaction
  // ends, for a read that ran between the write and its commit and stored what it saw.
  invalidateTags(tags)
  await afterTransaction(req, () => invalidateTags(tags))
}

export const invalidateOnChange: CollectionAfterChangeHook = async ({ collection, req }) => {
  await dropCachedReads(req, collection.slug)
}

export const invalidateOnDelete: CollectionAfterDeleteHook = async ({ collection, req }) => {
  await dropCachedReads(req, collection.slug)
}

/** Hooks that drop cached published reads when a document changes or goes (see src/cache/). */
export const cacheInvalidationHooks = { afterChange: [invalidateOnChange], afterDelete: [invalidateOnDelete] }

/** Adds the invalidation hooks once (applying it twice, as the plugin may, changes nothing). */
export const withCacheInvalidation = <T extends CollectionConfig>(config: T): T => {
  const hooks = config.hooks ?? {}
  if (hooks.afterChange?.includes(invalidateOnChange)) return config
  return {
    ...config,
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), invalidateOnChange],
      afterDelete: [...(hooks.afterDelete ?? []), invalidateOnDelete],
    },
  }
}
