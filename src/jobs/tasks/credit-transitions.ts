import type { TaskConfig } from 'payload'

import { creditPendingTransitions } from '../../growth/transitions/credit-pending'

/**
 * `creditTransitions` – credits every layer transition not credited yet with the touchpoints that led
 * to it (src/growth/transitions/credit-pending.ts). Queued after a full recompute of the layers, which
 * leaves its transitions uncredited. https://payloadcms.com/docs/jobs-queue/tasks
 */
export const creditTransitionsTask: TaskConfig<'creditTransitions'> = {
  slug: 'creditTransitions',
  label: 'Credit layer transitions',
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [
    { name: 'credited', type: 'number', required: true },
    { name: 'batches', type: 'number', required: true },
  ],
  // One run at a time; a newer request replaces one still waiting (it would credit the same transitions).
  concurrency: { key: () => 'creditTransitions', exclusive: true, supersedes: true },
  retries: 1,
  handler: async ({ req }) => ({ output: await creditPendingTransitions(req.payload) }),
}
