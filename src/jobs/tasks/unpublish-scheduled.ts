import type { TaskConfig } from 'payload'

import { loadMainRow } from '../../workflow/load-state'
import { concurrencyFor, docId, isContentCollection, notDueYet, sameInstant, scheduledInputSchema, type ScheduledInput } from './scheduled-input'

/**
 * Takes a published document offline (→ archived) at its `unpublishAt`, if it is still live and
 * still meant to end then.
 */
export const unpublishScheduledTask: TaskConfig<'unpublishScheduled'> = {
  slug: 'unpublishScheduled',
  label: 'Unpublish a document at its end date',
  inputSchema: scheduledInputSchema,
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries: 3,
  concurrency: concurrencyFor('unpublish'),
  handler: async ({ input, req }) => {
    const { collection, id } = input as ScheduledInput
    if (!isContentCollection(collection)) return { output: { result: `skipped: ${collection} is not a content collection` } }
    if (await notDueYet(req, 'unpublishScheduled', input)) return { output: { result: 'not due yet: re-queued' } }
    const main = await loadMainRow(req, collection, docId(id))
    if (!main || main._status !== 'published' || !sameInstant(main.unpublishAt, input.at)) {
      return { output: { result: `skipped: not live or no longer ending at ${input.at}` } }
    }
    await req.payload.update({
      collection,
      id: main.id,
      data: { workflowState: 'archived', workflowComment: `scheduled unpublish (${input.at})` },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { output: { result: 'archived' } }
  },
}
