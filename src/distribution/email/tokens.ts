import crypto from 'node:crypto'

import { resolveSecret } from '../../env/secret'

/** What a token allows: `u` unsubscribes its delivery's contact, `o` records an open. */
export type TokenPurpose = 'u' | 'o'

// A token is base64url(8-byte delivery id ‖ first 16 bytes of HMAC-SHA256(key, purpose ‖ id)): 32
// characters, no state on the server. The purpose is signed but not carried, so a pixel token
// copied from an email's source cannot be replayed on the unsubscribe route.
const ID_BYTES = 8
const MAC_BYTES = 16
const TOKEN_LENGTH = Math.ceil(((ID_BYTES + MAC_BYTES) * 4) / 3)

let cached: { secret: string; key: Buffer } | undefined

/** A key of its own derived from PAYLOAD_SECRET, so these tokens can never pass for Payload's. */
const key = (): Buffer => {
  const secret = resolveSecret()
  if (cached?.secret !== secret) {
    cached = { secret, key: crypto.createHmac('sha256', secret).update('flywheel/distribution/email-token/v1').digest() }
  }
  return cached.key
}

const mac = (purpose: TokenPurpose, id: Buffer): Buffer =>
  crypto.createHmac('sha256', key()).update(purpose).update(id).digest().subarray(0, MAC_BYTES)

export const signToken = (deliveryId: number, purpose: TokenPurpose): string => {
  if (!Number.isSafeInteger(deliveryId) || deliveryId <= 0) throw new Error(`email token: delivery id ${deliveryId} is not a positive integer`)
  const id = Buffer.alloc(ID_BYTES)
  id.writeBigUInt64BE(BigInt(deliveryId))
  return Buffer.concat([id, mac(purpose, id)]).toString('base64url')
}

/** The delivery id a token was signed for with `purpose`; null when it is malformed or forged. */
export const verifyToken = (token: unknown, purpose: TokenPurpose): number | null => {
  if (typeof token !== 'string' || token.length !== TOKEN_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null
  const bytes = Buffer.from(token, 'base64url')
  if (bytes.length !== ID_BYTES + MAC_BYTES) return null
  const id = bytes.subarray(0, ID_BYTES)
  if (!crypto.timingSafeEqual(bytes.subarray(ID_BYTES), mac(purpose, id))) return null
  const deliveryId = Number(id.readBigUInt64BE())
  return Number.isSafeInteger(deliveryId) && deliveryId > 0 ? deliveryId : null
}

/**
 * Origin of Flywheel's public routes (unsubscribe, pixel), as for short links
 * (src/attribution/links/qr-endpoint.ts): PUBLIC_URL, else http://localhost:3000.
 */
export const publicOrigin = (): string => (process.env.PUBLIC_URL || 'http://localhost:3000').replace(/\/+$/, '')

/** The one-click unsubscribe URL of a delivery (the List-Unsubscribe header and the footer link). */
export const unsubscribeUrl = (deliveryId: number): string => `${publicOrigin()}/v1/unsubscribe/${signToken(deliveryId, 'u')}`

/** The open pixel of a delivery. */
export const pixelUrl = (deliveryId: number): string => `${publicOrigin()}/v1/o/${signToken(deliveryId, 'o')}.gif`
