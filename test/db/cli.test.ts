import { spawn } from 'node:child_process'
import path from 'node:path'

import { getPayload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { freshEnvironment, type TestEnv } from '../helpers/boot'

const BIN = path.resolve('bin/flywheel.mjs')

/** Runs `flywheel …` (bin/flywheel.mjs) on the test's database; resolves with its exit code and output. */
const flywheel = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, JOBS_AUTORUN: 'off' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('exit', (code) => resolve({ code, stdout, stderr }))
  })

/** `npx flywheel` on a real database: the commands do the work, and bad arguments exit non-zero with a message. */
describe('the flywheel command-line tool', () => {
  let env: TestEnv
  beforeAll(async () => {
    env = await freshEnvironment()
    // One contact who viewed a product page: a recompute places it in general-value.
    const payload = await getPayload({ config: (await import('../../src/payload.config')).default })
    const contact = await payload.create({ collection: 'contacts', data: { email: 'cli@bank.example' } })
    await payload.create({ collection: 'identities', data: { key: 'user:cli-1', contactId: Number(contact.id) } })
    const at = new Date().toISOString()
    await payload.create({
      collection: 'events',
      data: { dedupeKey: '1:cli-m1', at, receivedAt: at, sourceId: 1, messageId: 'cli-m1', type: 'track', event: 'product_page_viewed', userId: 'cli-1' },
    })
    await closePayload(payload)
  })
  afterAll(async () => env?.cleanup())

  it('recomputes the growth layers and says what moved', async () => {
    const run = await flywheel(['recompute', 'layers', '--no-credit'])
    expect(run.stderr).not.toMatch(/flywheel: /)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/layers: 1 contacts, \d+ accounts, 1 transitions in/)
  })

  it('exports the attribution report as JSON, and refuses an unknown model with the accepted ones', async () => {
    const ok = await flywheel(['export', 'report', '--format', 'json', '--group-by', 'channel', '--no-audience'])
    expect(ok.code).toBe(0)
    expect(Array.isArray(JSON.parse(ok.stdout))).toBe(true)

    const bad = await flywheel(['export', 'report', '--model', 'NOPE'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/model must be one of FIRST_TOUCH, LAST_TOUCH/)
  })
})
