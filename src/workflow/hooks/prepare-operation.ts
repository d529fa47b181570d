import { type CollectionBeforeOperationHook, type CollectionSlug, Forbidden } from 'payload'

import { CONTENT_WRITERS, hasRole } from '../../access/roles'
import { EXPLICIT_TRANSITION, isSeeding, noteKey, putNote } from '../context'
import { WorkflowError } from '../errors'
import { loadState } from '../load-state'
import { planUpdate, readRequest, WORKFLOW_KEYS } from '../plan'
import { isWorkflowState } from '../states'
import { findTransition } from '../transitions'

type Data = Record<string, unknown>

const pick = (data: Data, keys: readonly string[]): Data => Object.fromEntries(Object.entries(data).filter(([k]) => keys.includes(k)))
const omit = (data: Data, keys: readonly string[]): Data => Object.fromEntries(Object.entries(data).filter(([k]) => !keys.includes(k)))

/**
 * beforeOperation: reads the raw request before Payload merges it with the stored document, decides
 * whether the save becomes a draft version (so a live document stays live, see plan.ts), drops what
 * the client may not send, and leaves a note for the beforeChange hook that validates the step.
 * Only `args.draft` and `args.data` change here; the rules themselves are checked in beforeChange.
 */
export const prepareOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, overrideAccess, req }) => {
  if (isSeeding(req.context)) return args
  const slug = collection.slug as CollectionSlug
  const enforce = overrideAccess !== true
  const explicit = Boolean(req.context[EXPLICIT_TRANSITION])
  delete req.context[EXPLICIT_TRANSITION]

  if (operation === 'create') {
    const raw = (args.data ?? {}) as Data
    if (enforce) {
      const state = raw.workflowState
      if ((state !== undefined && state !== 'draft') || raw._status === 'published' || raw.publishAt || raw.unpublishAt) {
        throw new WorkflowError('new documents start as drafts: create it, then move it through the workflow (submit for review → approve → publish)', 400)
      }
    }
    putNote(req, noteKey(slug, undefined), { enforce })
    return args
  }

  if (operation === 'restoreVersion') {
    const { docs } = await req.payload.db.findVersions({ collection: slug, req, limit: 1, pagination: false, where: { id: { equals: args.id } } })
    const parent = docs[0]?.parent
    if (parent === undefined) return args // Payload answers 404
    const state = await loadState(req, slug, parent)
    if (enforce) {
      if (!hasRole(req.user, ...CONTENT_WRITERS)) throw new Forbidden(req.t)
      if (state?.live && !args.draft) {
        throw new WorkflowError(
          'this document is live: restore the version as a draft (draft=true); it then goes through review again while the published version stays online',
          409,
        )
      }
    }
    putNote(req, noteKey(slug, parent), { enforce, live: state?.live, stored: state?.stored, restoring: args.id })
    return args
  }

  // Bulk updates of content are disabled for API callers (disableBulkEdit); system bulk updates go unplanned.
  const id = (args as { id?: number | string | null }).id
  if (operation !== 'update' || id === undefined || id === null) return args
  const state = await loadState(req, slug, id)
  if (!state) return args // Payload answers 404

  const raw = (args.data ?? {}) as Data
  const request = readRequest(raw)
  const plan = planUpdate({ stored: state.stored, live: state.live, request })
  putNote(req, noteKey(slug, id), { enforce, live: state.live, stored: state.stored, request, explicit })

  if (plan.kind === 'transition') {
    args.draft = plan.saveAsDraft
    // Approving, scheduling or publishing never changes content: only what was reviewed goes live.
    const edge = isWorkflowState(plan.to) ? findTransition(state.stored.state, plan.to) : undefined
    if (enforce && !edge?.keepsContent) args.data = pick(raw, WORKFLOW_KEYS)
    if (plan.saveAsDraft) args.data = omit(args.data as Data, ['_status'])
    return args
  }
  if (!enforce) return args
  if (explicit) {
    throw new WorkflowError(`the document is already ${state.stored.state}: name another state (or a new publishAt/unpublishAt to reschedule)`, 409)
  }
  // A content edit: schedule fields and the status belong to transitions.
  args.data = omit(raw, WORKFLOW_KEYS.filter((k) => k !== 'workflowComment'))
  if (plan.saveAsDraft !== undefined) args.draft = plan.saveAsDraft
  return args
}
