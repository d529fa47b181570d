import type { TaskConfig } from 'payload'

import { prePublishProblems } from '../../checks'
import { concurrencyFor, docId, isContentCollection, notDueYet, sameInstant, scheduledInputSchema, type ScheduledInput } from './scheduled-input'

/**
 * Publishes a scheduled document at its `publishAt`. The document is read again first: a job whose
 * schedule was changed or cancelled meanwhile does nothing, so a document is never published twice
 * or at a time nobody chose. If a pre-publish check fails by then, the document goes back to approved.
 */
export const publishScheduledTask: TaskConfig<'publishScheduled'> = {
  slug: 'publishScheduled',
  label: 'Publish a scheduled document',
  inputSchema: scheduledInputSchema,
  outputSchema: [{ name: 'result', type: 'text', required: true }],
  retries: 3,
  concurrency: concurrencyFor('publish'),
  handler: async ({ input, req }) => {
    const { collection, id } = input as ScheduledInput
    if (!isContentCollection(collection)) return { output: { result: `skipped: ${collection} is not a content collection` } }
    if (await notDueYet(req, 'publishScheduled', input)) return { output: { result: 'not due yet: re-queued' } }
    const doc = await req.payload.findByID({ collection, id: docId(id), draft: true, depth: 0, overrideAccess: true, disableErrors: true, req })
    if (!doc) return { output: { result: 'skipped: the document is gone' } }
    if (doc.workflowState !== 'scheduled' || !sameInstant(doc.publishAt, input.at)) {
      return { output: { result: `skipped: no longer scheduled for ${input.at}` } }
    }
    const problems = await prePublishProblems(collection, doc as unknown as Record<string, unknown>, req)
    const blocked = problems.length > 0
    await req.payload.update({
      collection,
      id: doc.id,
      data: blocked
        ? { workflowState: 'approved', workflowComment: `scheduled publish blocked: ${problems.join('; ')}` }
        : { workflowState: 'published', workflowComment: `scheduled publish (${input.at})` },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { output: { result: blocked ? `blocked: ${problems.join('; ')}` : 'published' } }
  },
}
