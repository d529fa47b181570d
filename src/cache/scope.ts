import type { IncomingHttpHeaders } from 'node:http'

import { CONTENT_COLLECTIONS } from '../content/content-collection'
import { QUERY_TAG, restTag } from './tags'

/** Collections whose anonymous REST reads are cached (and whose changes invalidate). */
export const CACHED_COLLECTIONS: readonly string[] = [...CONTENT_COLLECTIONS, 'media', 'industries', 'products', 'growth-layers']

/** Root endpoints under /api whose anonymous reads are cached like GraphQL queries. */
const QUERY_ROOTS = new Set(['content'])

// Upload bytes stream (and may be large); version history is the team's and never anonymous.
const UNCACHED_SUBPATHS = new Set(['file', 'versions'])

/** Where Payload keeps who is asking and in which language (`<cookiePrefix>-token`, `-lng`). */
export type CookieNames = { token: string; language: string }

export const cookieNames = (cookiePrefix = 'payload'): CookieNames => ({
  token: `${cookiePrefix}-token`,
  language: `${cookiePrefix}-lng`,
})

/**
 * `public`: anonymous read of published content, answered from the cache; `private`: signed in,
 * draft or preview, never cached and `no-store`; `other`: anonymous, outside the cached routes.
 */
export type ReadScope = { kind: 'public'; key: string; tags: readonly string[] } | { kind: 'private' } | { kind: 'other' }

export type ReadRequest = { path: string; url: string; headers: IncomingHttpHeaders; cookies: CookieNames }

const header = (headers: IncomingHttpHeaders, name: string): string => {
  const value = headers[name]
  return Array.isArray(value) ? value.join(', ') : (value ?? '')
}

export const readCookie = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const cookie = header(headers, 'cookie')
  if (!cookie.includes(name)) return undefined
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

/** Signed in (header or cookie), asking for drafts, or previewing: the answer is one reader's. */
export const isPrivateRead = (headers: IncomingHttpHeaders, search: URLSearchParams, cookies: CookieNames): boolean =>
  headers.authorization !== undefined ||
  readCookie(headers, cookies.token) !== undefined ||
  headers['x-preview-token'] !== undefined ||
  search.has('preview') ||
  (search.has('draft') && search.get('draft') !== 'false')

/** Everything besides the URL or body that can change Payload's answer to an anonymous reader. */
export const variantOf = (headers: IncomingHttpHeaders, cookies: CookieNames): string =>
  [header(headers, 'accept-language'), readCookie(headers, cookies.language) ?? '', header(headers, 'origin')].join('|')

/** Tags of an anonymous REST read, or `undefined` when its route is not cached. */
export const restReadTags = (path: string): readonly string[] | undefined => {
  const [api, root, sub] = path.split('/').filter(Boolean)
  if (api !== 'api' || !root) return undefined
  if (QUERY_ROOTS.has(root)) return [QUERY_TAG]
  if (CACHED_COLLECTIONS.includes(root) && !(sub && UNCACHED_SUBPATHS.has(sub))) return [restTag(root)]
  return undefined
}

/** Classifies a REST GET or HEAD under /api. */
export const restReadScope = ({ path, url, headers, cookies }: ReadRequest): ReadScope => {
  const queryStart = url.indexOf('?')
  const search = new URLSearchParams(queryStart === -1 ? '' : url.slice(queryStart + 1))
  if (isPrivateRead(headers, search, cookies)) return { kind: 'private' }
  const tags = restReadTags(path)
  if (!tags) return { kind: 'other' }
  return { kind: 'public', key: `GET ${url}\n${variantOf(headers, cookies)}`, tags }
}
