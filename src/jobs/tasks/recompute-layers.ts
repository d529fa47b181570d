import type { TaskConfig } from 'payload'

import { recomputeLayers } from '../../growth/layers/recompute'

/**
 * `recomputeLayers` – places every contact and account in its growth layer from scratch. Nightly (so
 * inactivity turns into dormancy without any event) and queued when a growth layer or the layer
 * settings change (src/growth/layers/queue-recompute.ts). https://payloadcms.com/docs/jobs-queue/schedules
 */
export const recomputeLayersTask: TaskConfig<'recomputeLayers'> = {
  slug: 'recomputeLayers',
  label: 'Recompute growth layers',
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [
    { name: 'contacts', type: 'number', required: true },
    { name: 'accounts', type: 'number', required: true },
    { name: 'transitions', type: 'number', required: true },
    { name: 'ms', type: 'number', required: true },
  ],
  // At 03:00 server time; the in-process runner (src/jobs/autorun.ts) schedules it on the default queue.
  schedule: [{ cron: '0 0 3 * * *', queue: 'default' }],
  // One recompute at a time; a newer request replaces one still waiting (it would do the same work).
  concurrency: { key: () => 'recomputeLayers', exclusive: true, supersedes: true },
  retries: 1,
  handler: async ({ input, req }) => {
    req.payload.logger.info(`recomputing growth layers (${input?.reason ?? 'nightly'})`)
    return { output: await recomputeLayers(req.payload) }
  },
}
