import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, type Payload } from 'payload'
import { inject } from 'vitest'

import { closePayload } from '../../src/db/close'
import type { RunningServer, StartOptions } from '../../src/server/start'
import { freshDatabase } from './engine'

export type TestEnv = { dir: string; databaseUri: string; cleanup: () => Promise<void> }

/**
 * A fresh database (a copy of the run's template; `empty`: a bare one), data/ and media/ directory for one test file. Sets the environment the config
 * reads, so import the config (or start the server) only after calling it.
 */
export const freshEnvironment = async (extra: Record<string, string> = {}, { empty = false } = {}): Promise<TestEnv> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flywheel-test-'))
  const db = await freshDatabase(dir, empty ? undefined : inject('templateDb'))
  Object.assign(process.env, {
    DATABASE_URI: db.uri,
    // A copy of the run's template has the schema: Payload (and spawned servers) skip drizzle's push.
    PAYLOAD_MIGRATING: db.prepared ? 'true' : 'false',
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'test-secret-0123456789abcdef',
    ...extra,
  })
  return {
    dir,
    databaseUri: db.uri,
    cleanup: async () => {
      await db.drop().catch(() => {})
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Payload on a fresh database through the Local API. */
export const bootPayload = async (extra?: Record<string, string>): Promise<{ payload: Payload; env: TestEnv; close: () => Promise<void> }> => {
  const env = await freshEnvironment(extra)
  const config = (await import('../../src/payload.config')).default
  const payload = await getPayload({ config })
  return {
    payload,
    env,
    close: async () => {
      await closePayload(payload)
      await env.cleanup()
    },
  }
}

/** The real Express app (API and tracking node, no admin UI) on a random port and a fresh database. */
export const bootServer = async (
  extra?: Record<string, string>,
  options: StartOptions = {},
): Promise<RunningServer & { env: TestEnv; close: () => Promise<void> }> => {
  const env = await freshEnvironment(extra)
  const { startServer } = await import('../../src/server/start')
  const running = await startServer({ port: 0, admin: false, log: () => {}, ...options })
  return {
    ...running,
    env,
    close: async () => {
      await running.shutdown('test done')
      await env.cleanup()
    },
  }
}
