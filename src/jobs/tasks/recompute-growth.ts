import type { TaskConfig } from 'payload'

import { recomputeGrowth } from '../../growth/team/recompute-growth'

/**
 * `recomputeGrowth` – recomputes every team member's cached growth from the ledger, nightly; this is
 * when inactivity demotion reaches members who earned nothing lately (src/growth/team/next-level.ts).
 * https://payloadcms.com/docs/jobs-queue/schedules
 */
export const recomputeGrowthTask: TaskConfig<'recomputeGrowth'> = {
  slug: 'recomputeGrowth',
  label: 'Recompute team growth levels',
  inputSchema: [{ name: 'userId', type: 'number' }],
  outputSchema: [
    { name: 'users', type: 'number', required: true },
    { name: 'demoted', type: 'number', required: true },
    { name: 'promoted', type: 'number', required: true },
  ],
  // Nightly at 03:15 (server time), queued by the in-process runner's scheduler.
  schedule: [{ cron: '0 15 3 * * *', queue: 'default' }],
  concurrency: { key: () => 'recomputeGrowth', exclusive: true, supersedes: true },
  retries: 1,
  handler: async ({ input, req }) => ({ output: await recomputeGrowth(req.payload, input?.userId ?? undefined) }),
}
