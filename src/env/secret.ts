import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir, ensureDir } from './paths'
import { StartupError } from './startup-error'
import type { Env } from './env'

const SECRET_FILE = '.payload-secret'

/**
 * PAYLOAD_SECRET signs sessions and API tokens. Production must set it; development generates one
 * once and keeps it in data/ so logins survive restarts.
 */
export const resolveSecret = (env: Env = process.env): string => {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) {
    if (env.NODE_ENV === 'production' && fromEnv.length < 16) {
      throw new StartupError('PAYLOAD_SECRET must be at least 16 characters in production')
    }
    return fromEnv
  }
  // `next build` evaluates the config to collect page data; nothing is signed then.
  if (env.NEXT_PHASE === 'phase-production-build') return 'next-build-placeholder-secret-not-used'
  if (env.NODE_ENV === 'production') {
    throw new StartupError(
      'PAYLOAD_SECRET is required when NODE_ENV=production (e.g. PAYLOAD_SECRET=$(openssl rand -hex 32))',
    )
  }
  const file = path.join(dataDir(), SECRET_FILE)
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  ensureDir(dataDir())
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  console.warn(`[flywheel] PAYLOAD_SECRET is not set: generated a development secret in ${file}`)
  return secret
}
