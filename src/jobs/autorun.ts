import type { JobsConfig, Payload } from 'payload'

import { resumeStalled } from '../distribution/run/resume-stalled'

type AutoRun = Extract<NonNullable<JobsConfig['autoRun']>, (payload: Payload) => unknown>

/** JOBS_AUTORUN=off leaves the queue to `npm run jobs` workers (scale-out); anything else runs it in-process. */
export const autoRunEnabled = (env: NodeJS.ProcessEnv = process.env): boolean =>
  !['off', 'false', '0', 'no'].includes((env.JOBS_AUTORUN ?? '').trim().toLowerCase())

/** How often due jobs are picked up: JOBS_INTERVAL_SECONDS, 1–59, default 10. */
export const jobsIntervalSeconds = (env: NodeJS.ProcessEnv = process.env): number => {
  const n = Math.round(Number(env.JOBS_INTERVAL_SECONDS))
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 59) : 10
}

/** Jobs per run; scheduled publishing is light work. */
export const JOBS_PER_RUN = 50

/**
 * Payload calls this once, when a process starts its in-process runner (`getPayload({ cron: true })`,
 * i.e. the server; see payload's `_initializeCrons`). Jobs persist in the database, so whatever fell
 * due while no runner was up (a missed schedule) runs right away instead of waiting for the first tick.
 * https://payloadcms.com/docs/jobs-queue/queues#cron-jobs
 */
export const autoRun: AutoRun = (payload) => {
  if (!autoRunEnabled()) return []
  setImmediate(() => {
    payload.jobs.run({ limit: JOBS_PER_RUN }).catch((err: unknown) => payload.logger.error({ err, msg: 'running due jobs at start failed' }))
  })
  // Send jobs whose worker died are released and queued again (Payload leaves them `processing`).
  setInterval(() => void resumeStalled(payload).catch((err: unknown) => payload.logger.error({ err, msg: 'resuming stalled distributions failed' })), jobsIntervalSeconds() * 1000).unref()
  return [{ cron: `*/${jobsIntervalSeconds()} * * * * *`, queue: 'default', limit: JOBS_PER_RUN }]
}
