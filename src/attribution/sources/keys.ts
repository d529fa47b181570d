import crypto from 'node:crypto'

/** Public write key (sent by browsers and apps): `fw_w_` + 32 base64url characters. */
export const newWriteKey = (): string => `fw_w_${crypto.randomBytes(24).toString('base64url')}`

/** Secret server key (server-side conversions only): `fw_s_` + 43 base64url characters. */
export const newSecretKey = (): string => `fw_s_${crypto.randomBytes(32).toString('base64url')}`
