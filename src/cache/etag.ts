import crypto from 'node:crypto'

/** A strong validator: changes whenever a byte of the body does. */
export const strongEtag = (body: Buffer): string => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`

/**
 * `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `*` or any listed tag equal to ours
 * once a `W/` prefix is ignored.
 */
export const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (!header) return false
  const ours = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag.replace(/^W\//, '') === ours
  })
}
