import { createHmac, timingSafeEqual } from 'node:crypto'

// Stripe-style webhook signatures, so receivers can reuse what they know:
// https://docs.stripe.com/webhooks#verify-manually
// Header: `Flywheel-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.

export const SIGNATURE_HEADER = 'Flywheel-Signature'
export const DEFAULT_TOLERANCE_SECONDS = 300

export type SignatureFailure =
  | 'missing_header'
  | 'malformed_header'
  | 'signature_mismatch'
  | 'timestamp_outside_tolerance'

export type VerifyResult = { ok: true } | { ok: false; reason: SignatureFailure }

export interface ParsedSignatureHeader {
  timestamp: number
  signatures: string[]
}

/** The raw body exactly as sent: re-serialised JSON would not match the signature. */
export type RawBody = string | Uint8Array

const HEX_SHA256 = /^[0-9a-f]{64}$/

const unixSeconds = (now: Date): number => Math.floor(now.getTime() / 1000)

/** Hex HMAC-SHA256 of `<timestamp>.<body>`; the body is hashed as bytes, never re-decoded. */
export const computeSignature = (secret: string, timestamp: number, body: RawBody): string =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')

/**
 * Header value for a delivery. Several secrets give several `v1` entries: during a rotation the sender
 * signs with the old and the new secret, so receivers can switch at their own pace.
 */
export const signPayload = (secrets: string | readonly string[], body: RawBody, now: Date = new Date()): string => {
  const list = typeof secrets === 'string' ? [secrets] : secrets
  if (list.length === 0) throw new RangeError('signPayload needs at least one secret')
  const t = unixSeconds(now)
  return [`t=${t}`, ...list.map((secret) => `v1=${computeSignature(secret, t, body)}`)].join(',')
}

/**
 * Parses `t=…,v1=…[,v1=…]`. Unknown keys (a future `v2`) are skipped, like Stripe does, so a new scheme can
 * be added without breaking old receivers; anything else that is off makes the whole header malformed.
 */
export const parseSignatureHeader = (header: string): ParsedSignatureHeader | null => {
  let timestamp: number | undefined
  const signatures: string[] = []
  for (const part of header.split(',')) {
    const eq = part.indexOf('=')
    if (eq <= 0) return null
    const key = part.slice(0, eq).trim()
    const value = part.slice(eq + 1).trim()
    if (key === 't') {
      if (timestamp !== undefined || !/^\d{1,12}$/.test(value)) return null
      timestamp = Number(value)
    } else if (key === 'v1') {
      if (!HEX_SHA256.test(value.toLowerCase())) return null
      signatures.push(value.toLowerCase())
    }
  }
  if (timestamp === undefined || signatures.length === 0) return null
  return { timestamp, signatures }
}

export interface VerifyOptions {
  toleranceSeconds?: number
  now?: Date
}

/**
 * Checks the signature first and the timestamp second, so `timestamp_outside_tolerance` only ever describes
 * an authentic but stale (replayed) delivery. Timestamps too far in the future are refused as well: they
 * would otherwise stay replayable for as long as they are ahead.
 */
export const verifySignature = (
  secret: string,
  body: RawBody,
  header: string | null | undefined,
  { toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = new Date() }: VerifyOptions = {},
): VerifyResult => {
  if (header === null || header === undefined || header.trim() === '') return { ok: false, reason: 'missing_header' }
  const parsed = parseSignatureHeader(header)
  if (!parsed) return { ok: false, reason: 'malformed_header' }

  const expected = Buffer.from(computeSignature(secret, parsed.timestamp, body), 'hex')
  // Both sides are 32 bytes (the parser only lets 64 hex digits through), as timingSafeEqual requires.
  const matches = parsed.signatures.some((sig) => timingSafeEqual(expected, Buffer.from(sig, 'hex')))
  if (!matches) return { ok: false, reason: 'signature_mismatch' }

  if (Math.abs(unixSeconds(now) - parsed.timestamp) > toleranceSeconds) {
    return { ok: false, reason: 'timestamp_outside_tolerance' }
  }
  return { ok: true }
}
