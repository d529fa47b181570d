import type { APIError, PayloadRequest } from 'payload'

import { forbidden, unauthorized } from '../content/queries/errors'

import { type PreviewGrant, verifyPreviewToken } from './token'

export const PREVIEW_HEADER = 'x-preview-token'
export const PREVIEW_QUERY_PARAM = 'preview'

/** The preview token a request carries: `X-Preview-Token` header (GraphQL, REST) or `?preview=` (REST links). */
export const previewTokenOf = (req: Partial<Pick<PayloadRequest, 'headers' | 'searchParams'>>): string | undefined =>
  req.headers?.get?.(PREVIEW_HEADER)?.trim() || req.searchParams?.get?.(PREVIEW_QUERY_PARAM)?.trim() || undefined

/**
 * The grant of the request's preview token, or undefined when it carries none. A token that is
 * present but malformed, forged or expired is refused (401) rather than ignored, so a broken
 * preview link says why instead of quietly showing the published version.
 */
export const previewGrantOf = (req: PayloadRequest): PreviewGrant | undefined => {
  const token = previewTokenOf(req)
  if (!token) return undefined
  const result = verifyPreviewToken(token, req.payload.secret)
  if (!result.ok) throw unauthorized(result.message)
  return result.grant
}

/** A token for one document used to read another: 403, naming what the token is for. */
export const misScoped = (grant: PreviewGrant, collection: string, id?: string | number): APIError =>
  forbidden(`Preview token is for ${grant.collection} ${grant.id}, not ${collection}${id === undefined ? '' : ` ${id}`}`)
