import type { Env } from './env'

const MB = 1024 * 1024

/** Largest accepted upload (UPLOAD_MAX_MB, default 50 MB); larger ones get 413. */
export const uploadLimitBytes = (env: Env = process.env): number => {
  const mb = Number(env.UPLOAD_MAX_MB)
  return Number.isFinite(mb) && mb > 0 ? Math.round(mb * MB) : 50 * MB
}
