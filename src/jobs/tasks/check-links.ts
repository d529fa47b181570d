import type { TaskConfig } from 'payload'

import { checkDocumentLinks } from '../../checks/check-document-links'
import { CONTENT_COLLECTIONS } from '../../content/content-collection'

/**
 * `checkLinks` – checks a content document's outgoing links and records them in its `linkReport`.
 * Queued by the field's afterChange hook (src/checks/queue-link-check.ts) and by itself for follow-ups.
 * https://payloadcms.com/docs/jobs-queue/tasks
 */
export const checkLinksTask: TaskConfig<'checkLinks'> = {
  slug: 'checkLinks',
  label: 'Check outgoing links',
  inputSchema: [
    { name: 'collection', type: 'select', required: true, options: [...CONTENT_COLLECTIONS] },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'broken', type: 'number', required: true },
    { name: 'followUp', type: 'select', required: true, options: ['none', 'now', 'later'] },
  ],
  // One run per document at a time; a newer change replaces a check still waiting (it would see the same links).
  concurrency: { key: ({ input }) => `checkLinks:${input.collection}:${input.id}`, exclusive: true, supersedes: true },
  // Per-link failures are results, not errors; a throw means the database write failed: try once more.
  retries: 1,
  handler: async ({ input, req }) => ({ output: await checkDocumentLinks(req.payload, input) }),
}
