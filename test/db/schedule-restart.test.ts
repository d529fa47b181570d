import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closePayload } from '../../src/db/close'
import { bootPayload } from '../helpers/boot'
import { freePort, spawnEntry, waitForOk, type Spawned } from '../helpers/spawn'
import { eventually, scheduleThroughLocalApi, sleep } from './workflow-fixtures'

/** Schedules outlive the process that made them. */
describe('schedules outside the process that made them', () => {
  let booted: Awaited<ReturnType<typeof bootPayload>>
  let payloadOpen = true
  const spawned: Spawned[] = []
  const childEnv = (extra: Record<string, string>) => ({
    DATABASE_URI: booted.env.databaseUri,
    DATA_DIR: process.env.DATA_DIR,
    MEDIA_DIR: process.env.MEDIA_DIR,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET,
    // The schema is in place already (pushed by this file's own Payload). Drizzle's dev push is skipped:
    // on PostgreSQL it introspects ~300 tables at once and overruns the pool's 5 s connect timeout on a busy machine.
    PAYLOAD_MIGRATING: 'true',
    ...extra,
  })

  beforeAll(async () => {
    booted = await bootPayload({ JOBS_AUTORUN: 'off' })
  })
  afterAll(async () => {
    for (const child of spawned) child.child.kill('SIGKILL')
    if (payloadOpen) await closePayload(booted.payload)
    await booted?.env.cleanup()
  })

  it('npm run jobs: a separate worker process publishes on time and stops cleanly on SIGTERM', { timeout: 300_000 }, async () => {
    const { payload } = booted
    const { id } = await scheduleThroughLocalApi(payload, 'Published by the worker', 2000)
    const worker = spawnEntry('src/jobs/worker.ts', childEnv({ JOBS_INTERVAL_SECONDS: '1' }))
    spawned.push(worker)
    const doc = await eventually(async () => {
      const read = await payload.findByID({ collection: 'articles', id, depth: 0 })
      return read.workflowState === 'published' ? read : undefined
    }, 180_000, 'the worker to publish').catch((err: Error) => {
      throw new Error(`${err.message}\n${worker.output()}`)
    })
    expect(doc._status).toBe('published')

    worker.child.kill('SIGTERM')
    expect((await worker.exited).code, worker.output()).toBe(0)
    expect(worker.output()).toMatch(/\[flywheel jobs\] received SIGTERM/)
    expect(worker.output()).toMatch(/\[flywheel jobs\] stopped/)
  })

  it('a schedule that fell due while the server was down publishes as soon as a new server starts on the same database', { timeout: 300_000 }, async () => {
    const { id, publishAt } = await scheduleThroughLocalApi(booted.payload, 'Missed while down', 3000)
    const pending = await booted.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ concurrencyKey: { equals: `publish:articles:${id}` } }, { completedAt: { exists: false } }] },
    })
    expect(pending.totalDocs).toBe(1)
    await closePayload(booted.payload)
    payloadOpen = false

    // Nothing runs the queue until the time has passed.
    await sleep(Math.max(0, publishAt.getTime() - Date.now()) + 500)

    const port = await freePort()
    const base = `http://127.0.0.1:${port}`
    // The regular tick is far off: the due job runs because the server runs due jobs at start.
    const server = spawnEntry('src/server.ts', childEnv({ PORT: String(port), ADMIN: 'off', JOBS_AUTORUN: 'on', JOBS_INTERVAL_SECONDS: '59' }))
    spawned.push(server)
    // Generous: the machine may be busy with other test files.
    await waitForOk(`${base}/readyz`, server, 180_000)
    const live = await eventually(async () => {
      const res = await fetch(`${base}/api/articles/${id}`)
      return res.ok ? res.json() : undefined
    }, 30_000, 'the missed schedule to publish').catch((err: Error) => {
      throw new Error(`${err.message}\n${server.output()}`)
    })
    expect(live).toMatchObject({ title: 'Missed while down', workflowState: 'published', _status: 'published' })

    server.child.kill('SIGTERM')
    expect((await server.exited).code, server.output()).toBe(0)
  })
})
