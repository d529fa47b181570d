import { matchesIfNoneMatch, strongEtag } from '../../cache/etag'

// Conditional GET for feeds (RFC 9110 §13): feed readers poll every few minutes, and a 304 saves sending
// (and them parsing) a feed that has not changed. For GET and HEAD, the only methods feeds answer.
// The ETag is the one the response cache uses (src/cache/etag.ts), so both agree on a body's validator.

export interface Validators {
  /** Strong: a hash of the exact bytes served, so any change to any format's body changes it. */
  etag: string
  /** IMF-fixdate, e.g. `Sun, 29 Mar 2026 01:00:00 GMT`. */
  lastModified: string
}

export interface ConditionalRequest {
  ifNoneMatch?: string | null
  ifModifiedSince?: string | null
}

// The three HTTP-date forms a recipient must accept (RFC 9110 §5.6.7): IMF-fixdate and the obsolete
// RFC 850 form end in GMT; asctime has no zone and would otherwise be read in the server's local time.
const ASCTIME = /^[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/

/** Milliseconds since the epoch, or NaN for anything that is not an HTTP-date. */
export const parseHttpDate = (value: string): number => {
  const text = value.trim()
  if (text.endsWith(' GMT')) return Date.parse(text)
  if (ASCTIME.test(text)) return Date.parse(`${text} GMT`)
  return Number.NaN
}

export const feedValidators = (body: string, updated: Date): Validators => ({
  etag: strongEtag(Buffer.from(body, 'utf8')),
  // toUTCString is the IMF-fixdate form and drops milliseconds, which HTTP dates cannot carry.
  lastModified: updated.toUTCString(),
})

/**
 * Whether to answer 304 Not Modified. RFC 9110 §13.2.2's order: If-None-Match decides when present
 * (weak comparison, `*` matches any current representation) and If-Modified-Since is then ignored,
 * because an ETag is the more exact validator; an If-Modified-Since that is not a valid date is ignored too.
 */
export const isNotModified = (request: ConditionalRequest, current: Validators): boolean => {
  const ifNoneMatch = request.ifNoneMatch?.trim()
  if (ifNoneMatch) return matchesIfNoneMatch(ifNoneMatch, current.etag)

  if (!request.ifModifiedSince) return false
  const since = parseHttpDate(request.ifModifiedSince)
  if (Number.isNaN(since)) return false
  return parseHttpDate(current.lastModified) <= since
}
