import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { describe, expect, it } from 'vitest'

import { postgresAdminUrl, postgresReachable } from '../helpers/engine'
import { spawnEntry } from '../helpers/spawn'

const tmp = path.join(os.tmpdir(), `flywheel-startup-${process.pid}`)

/** Starts the real server with a bad environment and returns its exit code, output and time. */
const startWith = async (env: Record<string, string | undefined>) => {
  const run = spawnEntry('src/server.ts', {
    PORT: '0',
    ADMIN: 'off',
    DATA_DIR: tmp,
    MEDIA_DIR: tmp,
    PAYLOAD_SECRET: 'startup-test-secret-0123456789',
    ...env,
  })
  const { code, ms } = await run.exited
  const output = run.output()
  // The error is the one line starting with "flywheel:"; informational logs start with "[flywheel]".
  const lines = output.split('\n').filter((l) => l.startsWith('flywheel:'))
  expect(output, 'no stack trace').not.toMatch(/^\s+at /m)
  return { code, ms, lines, output }
}

describe('a wrong database or secret fails fast with one clear line', { timeout: 60_000 }, () => {
  const pgBase = new URL(postgresAdminUrl())

  it('names an unsupported scheme', async () => {
    const r = await startWith({ DATABASE_URI: 'mysql://root@localhost/flywheel' })
    expect(r.code, `output(${r.output.length}): ${r.output}`).toBe(1)
    expect(r.lines).toEqual([expect.stringMatching(/^flywheel: DATABASE_URI "mysql:.*unsupported scheme "mysql:"/)])
  })

  it('names an unreachable PostgreSQL server', async () => {
    const r = await startWith({ DATABASE_URI: 'postgres://flywheel:secret@127.0.0.1:1/flywheel' })
    expect(r.code, `output(${r.output.length}): ${r.output}`).toBe(1)
    expect(r.lines).toEqual(['flywheel: cannot connect to PostgreSQL at postgres://flywheel:***@127.0.0.1:1/flywheel: connection refused'])
    expect(r.ms).toBeLessThan(20_000)
  })

  it('names an unreachable MongoDB server', async () => {
    const r = await startWith({ DATABASE_URI: 'mongodb://127.0.0.1:1/flywheel' })
    expect(r.code, `output(${r.output.length}): ${r.output}`).toBe(1)
    expect(r.lines).toEqual([expect.stringMatching(/^flywheel: cannot connect to MongoDB at mongodb:\/\/127\.0\.0\.1:1\/flywheel: /)])
    expect(r.ms).toBeLessThan(20_000)
  })

  it('names a SQLite path that cannot be created', async () => {
    // The parent "directory" is a regular file, so it can never be created.
    const r = await startWith({ DATABASE_URI: `file:${path.resolve('package.json')}/db/nope.db` })
    expect(r.code, `output(${r.output.length}): ${r.output}`).toBe(1)
    expect(r.lines).toEqual([expect.stringMatching(/^flywheel: cannot create the directory for SQLite database .*package\.json\/db\/nope\.db/)])
  })

  it('refuses a file that is not a SQLite database', async () => {
    const r = await startWith({ DATABASE_URI: `file:${path.resolve('package.json')}` })
    expect(r.code, `output(${r.output.length}): ${r.output}`).toBe(1)
    expect(r.lines).toEqual([expect.stringMatching(/package\.json exists but is not a SQLite database$/)])
  })

  it('requires PAYLOAD_SECRET in production', async () => {
    const r = await startWith({ NODE_ENV: 'production', PAYLOAD_SECRET: '', DATABASE_URI: `file:${tmp}/prod.db` })
    expect(r.code, `output(${r.output.length}): ${r.output}`).toBe(1)
    expect(r.lines).toEqual([expect.stringMatching(/^flywheel: PAYLOAD_SECRET is required when NODE_ENV=production/)])
  })

  it('names a PostgreSQL database that does not exist', async (ctx) => {
    if (!(await postgresReachable())) ctx.skip()
    pgBase.pathname = '/flywheel_no_such_database'
    const r = await startWith({ DATABASE_URI: pgBase.toString() })
    expect(r.code, `output(${r.output.length}): ${r.output}`).toBe(1)
    expect(r.lines).toEqual([expect.stringMatching(/^flywheel: cannot connect to PostgreSQL at .*\/flywheel_no_such_database: database does not exist$/)])
  })
})
