import { StartupError } from '../env/startup-error'

export type CacheSettings = {
  /** `CACHE_DISABLED=1` turns the in-process store off; ETag and Cache-Control headers stay. */
  enabled: boolean
  /** `CACHE_TTL_SECONDS` (default 10): short, so several app servers stay correct without talking. */
  ttlSeconds: number
  /** `CACHE_MAX_MB` (default 64): bodies, keys and headers together. */
  maxBytes: number
  /** `CACHE_MAX_ENTRIES` (default 10 000). */
  maxEntries: number
}

/** Seconds a shared cache may keep serving a stale copy while it refetches. */
export const STALE_WHILE_REVALIDATE_SECONDS = 60

const MB = 1024 * 1024

type Env = Record<string, string | undefined>

const number = (env: Env, name: string, fallback: number, { min, integer }: { min: number; integer?: boolean }) => {
  const raw = env[name]
  if (raw === undefined || raw.trim() === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || (integer && !Number.isInteger(value))) {
    throw new StartupError(`${name} "${raw}" must be ${integer ? 'an integer' : 'a number'} ≥ ${min}`)
  }
  return value
}

/** Reads the cache environment; a bad value stops start-up with one clear line. */
export const readCacheSettings = (env: Env = process.env): CacheSettings => {
  const ttlSeconds = number(env, 'CACHE_TTL_SECONDS', 10, { min: 0, integer: true })
  const maxBytes = Math.round(number(env, 'CACHE_MAX_MB', 64, { min: 0 }) * MB)
  const maxEntries = number(env, 'CACHE_MAX_ENTRIES', 10_000, { min: 0, integer: true })
  const disabled = ['1', 'true', 'yes'].includes((env.CACHE_DISABLED ?? '').trim().toLowerCase())
  return { enabled: !disabled && ttlSeconds > 0 && maxBytes > 0 && maxEntries > 0, ttlSeconds, maxBytes, maxEntries }
}
