import crypto from 'node:crypto'

/** How long a preview link lives unless asked otherwise, and the longest it may live. */
export const DEFAULT_PREVIEW_TTL_SECONDS = 60 * 60
export const MAX_PREVIEW_TTL_SECONDS = 7 * 24 * 60 * 60

/** What a preview token grants: reading the draft of one document. */
export type PreviewGrant = { collection: string; id: string; expiresAt: Date }

export type VerifyResult = { ok: true; grant: PreviewGrant } | { ok: false; reason: 'malformed' | 'signature' | 'expired'; message: string }

// The HMAC key is derived from the Payload secret for this one purpose (HKDF, RFC 5869), so a preview
// token can never be confused with a session JWT signed by the same secret.
const keyFor = (secret: string): Buffer =>
  Buffer.from(crypto.hkdfSync('sha256', secret, 'flywheel', 'preview-token v1', 32))

const sign = (body: string, secret: string): string =>
  crypto.createHmac('sha256', keyFor(secret)).update(body).digest('base64url')

/**
 * `<base64url(JSON {c, i, e})>.<base64url(HMAC-SHA256)>`: collection, id, expiry in epoch milliseconds.
 * Stateless, so any app server with the same PAYLOAD_SECRET verifies it.
 */
export const signPreviewToken = (
  scope: { collection: string; id: string | number; ttlSeconds: number },
  secret: string,
  now: number = Date.now(),
): { token: string; expiresAt: Date } => {
  const expiresAt = new Date(now + scope.ttlSeconds * 1000)
  const body = Buffer.from(JSON.stringify({ c: scope.collection, i: String(scope.id), e: expiresAt.getTime() })).toString('base64url')
  return { token: `${body}.${sign(body, secret)}`, expiresAt }
}

export const verifyPreviewToken = (token: string, secret: string, now: number = Date.now()): VerifyResult => {
  const malformed = { ok: false, reason: 'malformed', message: 'Preview token is malformed' } as const
  const [body, signature, ...rest] = token.split('.')
  if (!body || !signature || rest.length > 0 || token.length > 1024) return malformed
  const expected = Buffer.from(sign(body, secret))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'signature', message: 'Preview token signature is invalid' }
  }
  let claims: { c?: unknown; i?: unknown; e?: unknown }
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return malformed
  }
  if (typeof claims.c !== 'string' || typeof claims.i !== 'string' || typeof claims.e !== 'number') return malformed
  const expiresAt = new Date(claims.e)
  if (claims.e <= now) return { ok: false, reason: 'expired', message: `Preview token expired at ${expiresAt.toISOString()}` }
  return { ok: true, grant: { collection: claims.c, id: claims.i, expiresAt } }
}
