import type { CollectionAfterChangeHook } from 'payload'

import { loggedBy, type LogRow } from '../../../workflow/log'
import { award, reverse } from '../ledger'
import { authorsOfDoc } from './authors'
import { growthSkipped, safely } from './guard'

type Doc = { id: number | string; authors?: unknown; workflowLog?: LogRow[] | null }

const userId = (by: LogRow['by']): number | null => {
  const id = loggedBy(by)
  return id == null || !Number.isFinite(Number(id)) ? null : Number(id)
}

/** The log entry this operation added, if it changed the state (the workflow appends exactly one). */
const stepOf = (doc: Doc, previous: Partial<Doc> | undefined): LogRow | undefined => {
  const log = doc.workflowLog ?? []
  return log.length > (previous?.workflowLog?.length ?? 0) ? log[log.length - 1] : undefined
}

/**
 * afterChange of content: the workflow feeds the growth ledger.
 *  - → published (publish, publish now, a scheduled publish, a small edit): `content.published` to each
 *    author, source `<collection>:<id>` — non-repeatable, so a republished revision earns nothing more.
 *  - the live version went offline (unpublished, archived): that grant is reversed (a counter-entry).
 *    An edit of a live document is saved as a draft and leaves it live: nothing is reversed.
 *  - a review (approve, request changes): `review.completed` to the reviewer, once per log entry.
 */
export const growthAfterWorkflowStep: CollectionAfterChangeHook = async ({ collection, data, doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || growthSkipped(req.context)) return doc
  const now = { ...(data as Partial<Doc>), ...(doc as Doc) }
  now.workflowLog = (doc as Doc).workflowLog ?? (data as Doc).workflowLog
  const step = stepOf(now, previousDoc as Partial<Doc>)
  if (!step) return doc
  const { payload } = req
  const source = `${collection.slug}:${now.id}`
  const actor = userId(step.by)

  if (step.to === 'published' && step.from !== 'published') {
    await safely(payload, `content.published for ${source}`, async () => {
      for (const user of authorsOfDoc({ authors: (data as Doc).authors ?? now.authors, workflowLog: now.workflowLog })) {
        await award(payload, { user, rule: 'content.published', source, actor, detail: collection.slug })
      }
    })
  } else if (step.to === 'draft' || step.to === 'archived') {
    await safely(payload, `reversing content.published for ${source}`, async () => {
      const main = (await payload.db.findOne({ collection: collection.slug, where: { id: { equals: now.id } }, req })) as { _status?: string } | null
      if (main?._status !== 'published') await reverse(payload, { source, rule: 'content.published', reason: `${step.action ?? 'unpublished'} (${step.from} → ${step.to})` })
    })
  }

  if (step.from === 'in_review' && (step.to === 'approved' || step.to === 'changes_requested') && actor !== null) {
    await safely(payload, `review.completed for ${source}`, () =>
      award(payload, { user: actor, rule: 'review.completed', source: `${source}#review-${step.id ?? step.at}`, actor, detail: step.to }),
    )
  }
  return doc
}
