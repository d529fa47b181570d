import { z } from 'zod'

import { CONTENT_COLLECTIONS } from '../content/content-collection'
import { DEFAULT_PREVIEW_TTL_SECONDS, MAX_PREVIEW_TTL_SECONDS } from './token'

/** `POST /api/preview-token` body. */
export const previewTokenRequest = z.object({
  collection: z.enum(CONTENT_COLLECTIONS, { error: `collection must be one of ${CONTENT_COLLECTIONS.join(', ')}` }),
  id: z.union([z.string().trim().min(1).max(64), z.number().int().positive()], { error: 'id must be a document id' }),
  ttlSeconds: z
    .number({ error: 'ttlSeconds must be a number of seconds' })
    .int('ttlSeconds must be a whole number of seconds')
    .min(1, 'ttlSeconds must be at least 1')
    .max(MAX_PREVIEW_TTL_SECONDS, `ttlSeconds must be at most ${MAX_PREVIEW_TTL_SECONDS} (7 days)`)
    .default(DEFAULT_PREVIEW_TTL_SECONDS),
})

export type PreviewTokenRequest = z.infer<typeof previewTokenRequest>
