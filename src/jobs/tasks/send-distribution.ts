import type { TaskConfig } from 'payload'

import { runDistribution } from '../../distribution/run/run-distribution'

/**
 * `sendDistribution` – one run of a distribution's send workflow (src/distribution/run). Queued when a
 * distribution is scheduled (collections/Distributions/hooks/queue-on-schedule.ts) and by itself when
 * more is due later (local-time sends, retries after backoff, the next weekly digest).
 * https://payloadcms.com/docs/jobs-queue/tasks
 */
export const sendDistributionTask: TaskConfig<'sendDistribution'> = {
  slug: 'sendDistribution',
  label: 'Send a distribution',
  inputSchema: [{ name: 'distributionId', type: 'number', required: true }],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  // One runner per distribution; a newer job waiting for it replaces an older waiting one.
  concurrency: { key: ({ input }) => `sendDistribution:${input.distributionId}`, exclusive: true, supersedes: true },
  // Failures per delivery are retried by the workflow itself; a throw here is a database error.
  retries: 2,
  handler: async ({ input, req }) => {
    const result = await runDistribution(req.payload, input.distributionId)
    if (result.runAgainAt)
      await req.payload.jobs.queue({ task: 'sendDistribution', input: { distributionId: input.distributionId }, waitUntil: result.runAgainAt })
    return { output: { status: result.status } }
  },
}
