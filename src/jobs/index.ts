import type { JobsConfig } from 'payload'

import { hasRole } from '../access/roles'
import { autoRun } from './autorun'
import { checkLinksTask } from './tasks/check-links'
import { creditTransitionsTask } from './tasks/credit-transitions'
import { publishScheduledTask } from './tasks/publish-scheduled'
import { recomputeAttributionTask } from './tasks/recompute-attribution'
import { recomputeGrowthTask } from './tasks/recompute-growth'
import { recomputeLayersTask } from './tasks/recompute-layers'
import { sendDistributionTask } from './tasks/send-distribution'
import { unpublishScheduledTask } from './tasks/unpublish-scheduled'

/**
 * Payload jobs queue: scheduled publishing and unpublishing, link checks, attribution recomputes. The server runs due jobs in-process
 * (autoRun, every JOBS_INTERVAL_SECONDS; JOBS_AUTORUN=off to leave them to `npm run jobs` workers).
 * Jobs live in the database, so a schedule survives restarts. https://payloadcms.com/docs/jobs-queue/overview
 */
export const jobs: JobsConfig = {
  tasks: [publishScheduledTask, unpublishScheduledTask, checkLinksTask, recomputeAttributionTask, sendDistributionTask, creditTransitionsTask, recomputeGrowthTask, recomputeLayersTask],
  autoRun,
  // Concurrency keys let a reschedule replace the pending job and keep two runners off one document.
  enableConcurrencyControl: true,
  // GET /api/payload-jobs/run runs the queue on demand: admins only (default: any signed-in user).
  access: {
    run: ({ req }) => hasRole(req.user, 'admin'),
    queue: ({ req }) => hasRole(req.user, 'admin'),
    cancel: ({ req }) => hasRole(req.user, 'admin'),
  },
}
