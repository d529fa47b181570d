import crypto from 'node:crypto'

/** Short codes are URL-safe: letters, digits, `-` and `_`, 3–64 characters. */
export const CODE_PATTERN = /^[A-Za-z0-9_-]{3,64}$/

const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A random 7-character code without look-alike characters (0/O, 1/l/I): ~1.3e12 possibilities. */
export const generateCode = (length = 7): string => {
  const bytes = crypto.randomBytes(length)
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')
}

/**
 * Click ids (`fw_click`): the time in base 36 (9 characters, so ids sort by time and the unique index grows at its
 * right edge instead of at random) and 8 random base64url characters from a pool of random bytes
 * refilled 4 KiB at a time.
 */
export const clickIdGenerator = (): (() => string) => {
  const pool = Buffer.alloc(4096)
  let offset = pool.length
  return (): string => {
    if (offset + 6 > pool.length) {
      crypto.randomFillSync(pool)
      offset = 0
    }
    offset += 6
    return Date.now().toString(36).padStart(9, '0') + pool.toString('base64url', offset - 6, offset)
  }
}

/** What a click id looks like. */
export const CLICK_ID_PATTERN = /^[0-9a-z]{9}[A-Za-z0-9_-]{8}$/
