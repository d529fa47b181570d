import type { TaskConfig } from 'payload'

import { recomputeAttribution } from '../../attribution/credit/recompute'
import { reportWorkProgress } from '../../operations/work-progress'

/**
 * `recomputeAttribution` – credits every conversion again and rebuilds the report rollups. Queued when
 * the attribution settings change (src/attribution/credit/queue-recompute.ts).
 * https://payloadcms.com/docs/jobs-queue/tasks
 */
export const recomputeAttributionTask: TaskConfig<'recomputeAttribution'> = {
  slug: 'recomputeAttribution',
  label: 'Recompute attribution credits',
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [
    { name: 'conversions', type: 'number', required: true },
    { name: 'credited', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  // One recompute at a time; a newer request replaces one still waiting (it would do the same work).
  concurrency: { key: () => 'recomputeAttribution', exclusive: true, supersedes: true },
  retries: 1,
  handler: async ({ input, job, req }) => {
    req.payload.logger.info(`recomputing attribution (${input.reason ?? 'requested'})`)
    const output = await recomputeAttribution(req.payload, (done, total) => {
      req.payload.logger.info(`recomputing attribution: ${done}/${total} conversions`)
      // The operations dashboard's progress bar (src/operations/work.ts).
      reportWorkProgress(job.id, done, total)
    })
    return { output }
  },
}
