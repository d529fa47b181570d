import { getPayload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { freshEnvironment, type TestEnv } from '../helpers/boot'
import { engine } from '../helpers/engine'
import { spawnServer } from '../helpers/spawn'

// MongoDB has no SQL migrations; this file is about the committed SQLite/PostgreSQL migrations.
describe.skipIf(engine === 'mongodb')('production start on the committed migrations', () => {
  let env: TestEnv
  afterAll(async () => env?.cleanup())

  it('applies the migrations, reports ready, hides the playground and introspection, and leaves no schema drift', async () => {
    // Empty: the production server applies the committed migrations to it.
    env = await freshEnvironment({}, { empty: true })
    const { server, base } = await spawnServer(env.databaseUri, { NODE_ENV: 'production' })
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready', adapter: engine })

    expect((await fetch(`${base}/api/graphql-playground`)).status).toBe(404)
    const introspection = await fetch(`${base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    })
    expect(JSON.stringify(await introspection.json())).toMatch(/introspection/i)

    server.child.kill('SIGTERM')
    expect((await server.exited).code).toBe(0)
    // Payload's logger writes asynchronously: its lines are all out only once the process has exited.
    expect(server.output()).toMatch(/Migrated:\s+\d{8}_\d{6}_initial/)

    // Re-open the migrated database without pushing, and diff it against the current config:
    // a stale migration set (config changed, `npm run migrate:create` not run) fails here.
    process.env.PAYLOAD_MIGRATING = 'true'
    // drizzle-kit introspects every table at once: with the default pool of 10 the queue outlasts the
    // pool's 20 s wait on a busy 2-core machine (~350 tables).
    process.env.PG_POOL_MAX = '40'
    const config = (await import('../../src/payload.config')).default
    const payload = await getPayload({ config })
    type Kit = { pushSchema: (...args: unknown[]) => Promise<{ statementsToExecute: string[] }> }
    const db = payload.db as unknown as { requireDrizzleKit: () => Kit; schema: unknown; drizzle: unknown }
    const { statementsToExecute } = await db.requireDrizzleKit().pushSchema(db.schema, db.drizzle)
    await closePayload(payload)
    // drizzle-kit compares PostgreSQL's '0'::numeric with 0 and always re-proposes a number default for
    // numeric columns (users.login_attempts, payload_jobs.total_tried, channels.email_batch_size…),
    // although the migration already creates it (`numeric DEFAULT 50`).
    const drift = statementsToExecute.filter((s) => !/^ALTER TABLE "[^"]+" ALTER COLUMN "[^"]+" SET DEFAULT -?\d+(\.\d+)?;$/.test(s))
    expect(drift, 'run `npm run migrate:create -- <name>` and commit the migrations').toEqual([])
  })
})
