import { getPayload, type Payload } from 'payload'

import { closePayload } from '../db/close'
import { parseDatabaseUri } from '../db/parse-uri'
import { preflightDatabase } from '../db/preflight'
import { isStartupError } from '../env/startup-error'
import { closeEmailTransports } from '../distribution/channels/email-transport'
import { resumeStalled } from '../distribution/run/resume-stalled'
import { JOBS_PER_RUN, jobsIntervalSeconds } from './autorun'

// npm run jobs – a worker process that runs due jobs (scheduled publishing, sends) on the configured database.
// Run it beside API nodes started with JOBS_AUTORUN=off. SIGTERM finishes the current run, then exits 0.
const log = (message: string) => console.info(`[flywheel jobs] ${message}`)

/** Runs due jobs until none are left (a few rounds at most; the next tick picks up the rest). */
const runDue = async (payload: Payload, stopping: () => boolean) => {
  await resumeStalled(payload)
  for (let round = 0; round < 10; round++) {
    const result = await payload.jobs.run({ limit: JOBS_PER_RUN })
    if (stopping() || result.noJobsRemaining || !result.jobStatus || Object.keys(result.jobStatus).length === 0) return
  }
}

const main = async () => {
  await preflightDatabase(parseDatabaseUri(process.env.DATABASE_URI))
  const config = (await import('../payload.config')).default
  // No `cron: true`: this loop is the runner.
  const payload = await getPayload({ config })

  let stopping = false
  let wake: (() => void) | undefined
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    log(`received ${signal}: finishing the current run`)
    wake?.()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)

  const intervalMs = jobsIntervalSeconds() * 1000
  log(`running due jobs every ${intervalMs / 1000} s`)
  while (!stopping) {
    try {
      await runDue(payload, () => stopping)
    } catch (err) {
      payload.logger.error({ err, msg: 'job run failed' })
    }
    if (stopping) break
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, intervalMs)
      wake = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  }
  closeEmailTransports()
  await closePayload(payload)
  log('stopped')
  process.exit(0)
}

main().catch((err: unknown) => {
    if (isStartupError(err)) console.error(`flywheel: ${err.message}`)
    else console.error('flywheel: jobs worker failed:', err)
    process.exit(1)
  })
