import { randomBytes } from 'node:crypto'

/** A webhook channel's signing secret (`whsec_…`, 32 random bytes). */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`
