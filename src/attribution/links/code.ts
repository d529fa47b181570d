import crypto from 'node:crypto'

/** Short codes are URL-safe: letters, digits, `-` and `_`, 3–64 characters. */
export const CODE_PATTERN = /^[A-Za-z0-9_-]{3,64}$/

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A random 7-character code without look-alike characters (0/O, 1/l/I): ~1.3e12 possibilities. */
export const generateCode = (length = 7): string => {
  const bytes = crypto.randomBytes(length)
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')
}

/** The id of one click, carried to the destination as `fw_click`. */
export const newClickId = (): string => crypto.randomBytes(12).toString('base64url')
