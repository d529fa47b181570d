import type { PayloadRequest, RequestContext } from 'payload'

import type { WorkflowRequest } from './plan'
import type { Stored } from './plan'

/**
 * What beforeOperation learned about one operation, for the beforeChange hook of the same document.
 * Collection beforeChange hooks are not told whether access control applies, and by then Payload has
 * filled the request body in from the stored document, so the raw request is kept here too. Keyed by
 * collection and id because nested operations (nested-docs re-saving children) share `req.context`.
 */
export type OperationNote = {
  /** Access control applies (REST, GraphQL, Local API with overrideAccess: false). */
  enforce: boolean
  /** The published document is live (its main row has `_status: 'published'`). */
  live?: boolean
  stored?: Stored
  request?: WorkflowRequest
  /** The caller asked for exactly one transition (POST …/transition, the GraphQL mutation). */
  explicit?: boolean
  /** Restoring the version with this id. */
  restoring?: string | number
}

type Notes = Record<string, OperationNote>

const notes = (context: RequestContext): Notes => {
  context.workflowNotes ??= {}
  return context.workflowNotes as Notes
}

export const noteKey = (collection: string, id: number | string | undefined) => `${collection}:${id ?? 'new'}`

export const putNote = (req: PayloadRequest, key: string, note: OperationNote) => {
  notes(req.context)[key] = note
}

/** Reads and forgets the note, so a later operation on the same document starts clean. */
export const takeNote = (req: PayloadRequest, key: string): OperationNote | undefined => {
  const all = notes(req.context)
  const note = all[key]
  delete all[key]
  return note
}

/** Flags other code passes in `context`. */
export const isSeeding = (context: RequestContext) => Boolean(context.seeding)
export const EXPLICIT_TRANSITION = 'workflowExplicitTransition'
