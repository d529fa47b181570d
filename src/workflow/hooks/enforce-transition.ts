import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { CONTENT_WRITERS, hasRole } from '../../access/roles'
import { prePublishProblems } from '../../checks'
import type { ContentCollection } from '../../content/content-collection'
import { isSeeding, noteKey, type OperationNote, takeNote } from '../context'
import { WorkflowError } from '../errors'
import { logEntry, submitterOf, type LogRow } from '../log'
import { planUpdate, sameInstant, scheduleAfter } from '../plan'
import { reviewPriorityOf } from '../review-priority'
import { checkPrivilegedStep } from '../small-edit'
import { isWorkflowState, statusFor, WORKFLOW_STATES, type WorkflowState } from '../states'
import { checkTransition, findTransition } from '../transitions'

type Data = Record<string, unknown>
type Doc = Data & { id?: number | string; workflowState?: string; workflowLog?: LogRow[] | null; publishAt?: string | null; unpublishAt?: string | null }

const REOPENED_BY_EDIT = new Set<WorkflowState>(['in_review', 'approved', 'scheduled', 'published', 'archived'])

const createDoc = (data: Data, note: OperationNote | undefined): Data => {
  if (note?.enforce) {
    // Duplicates of published documents land here too: every new document starts as a draft.
    return { ...data, workflowState: 'draft', _status: 'draft', publishAt: null, unpublishAt: null, workflowLog: [] }
  }
  // Trusted server code may create a document in any state; keep Payload's status in step with it.
  const state: WorkflowState = isWorkflowState(data.workflowState) ? data.workflowState : data._status === 'published' ? 'published' : 'draft'
  return { ...data, workflowState: state, _status: statusFor(state) }
}

/** Server code (Local API with access control off, scheduled jobs): record state changes, check nothing. */
const systemUpdate = async (data: Data, original: Doc, current: WorkflowState, note: OperationNote | undefined, req: PayloadRequest): Promise<Data> => {
  const log = original.workflowLog ?? []
  const to: WorkflowState = isWorkflowState(data.workflowState) ? data.workflowState : current
  if (to === current) return { ...data, workflowLog: log }
  const comment = typeof data.workflowComment === 'string' ? data.workflowComment : undefined
  const schedule = scheduleAfter({
    from: current,
    to,
    live: Boolean(note?.live),
    stored: original,
    publishAt: (data.publishAt as string | null | undefined) ?? null,
    unpublishAt: (data.unpublishAt as string | null | undefined) ?? null,
  })
  const action = findTransition(current, to, Boolean(note?.live))?.action ?? 'set state'
  const priority = to === 'in_review' ? { reviewPriority: await reviewPriorityOf(req) } : {}
  return { ...data, ...schedule, ...priority, _status: statusFor(to), workflowLog: [...log, logEntry(req, { action, from: current, to, comment })] }
}

/**
 * beforeChange: the workflow's rules, for REST, GraphQL and the Local API with access control on.
 * A transition is checked against the table (roles, comment, dates, no self-approval) and the
 * pre-publish checks, then applied: state, Payload's `_status`, schedule and one log entry. A content
 * edit of reviewed, scheduled, published or archived content sends it back to draft. The log is
 * append-only: whatever a request carries for it is replaced by the stored log plus the new entry.
 */
export const enforceTransition: CollectionBeforeChangeHook = async ({ collection, data, operation, originalDoc, req }) => {
  if (isSeeding(req.context)) return data
  const slug = collection.slug as ContentCollection
  if (operation === 'create') return createDoc(data, takeNote(req, noteKey(slug, undefined)))

  const original = (originalDoc ?? {}) as Doc
  const note = takeNote(req, noteKey(slug, original.id))
  const current: WorkflowState = isWorkflowState(original.workflowState) ? original.workflowState : 'draft'
  const log = original.workflowLog ?? []
  const live = Boolean(note?.live)

  if (note?.restoring !== undefined) {
    // A restored version is new, unreviewed content: back to draft, whatever state it was saved in.
    return {
      ...data,
      workflowState: 'draft',
      _status: 'draft',
      publishAt: null,
      unpublishAt: live ? (original.unpublishAt ?? null) : null,
      workflowLog: [...log, logEntry(req, { action: `restore version ${note.restoring}`, from: current, to: 'draft' })],
    }
  }
  if (!note?.enforce || !note.request || !note.stored) return systemUpdate(data, original, current, note, req)

  const { request, stored } = note
  const plan = planUpdate({ stored, live, request })
  const user = req.user
  if (!user) throw new WorkflowError('sign in to change content', 401)

  if (plan.kind === 'edit') {
    if (!hasRole(user, ...CONTENT_WRITERS)) {
      throw new WorkflowError(`${user.roles?.join('/') || 'you'} cannot edit content: reviewers approve (→ approved) or request changes (→ changes_requested)`, 403)
    }
    if (!REOPENED_BY_EDIT.has(current)) return { ...data, workflowState: current, _status: 'draft', workflowLog: log }
    return {
      ...data,
      workflowState: 'draft',
      _status: 'draft',
      publishAt: null,
      unpublishAt: live ? (original.unpublishAt ?? null) : null,
      workflowLog: [
        ...log,
        logEntry(req, { action: 'edit', from: current, to: 'draft', comment: request.comment || 'content changed: back to draft, to be reviewed again' }),
      ],
    }
  }

  if (!isWorkflowState(plan.to)) throw new WorkflowError(`"${String(plan.to).slice(0, 40)}" is not a workflow state; states are ${WORKFLOW_STATES.join(', ')}`, 400)
  const to = plan.to
  const edge = findTransition(current, to, live)
  // The admin form sends every field: a schedule value equal to the stored one counts as not sent.
  const sentPublishAt = sameInstant(request.publishAt, stored.publishAt) ? undefined : request.publishAt
  const sentUnpublishAt = sameInstant(request.unpublishAt, stored.unpublishAt) ? undefined : request.unpublishAt
  // Unsent schedule fields keep their stored value where the edge schedules (e.g. rescheduling only the end).
  const publishAt = sentPublishAt !== undefined ? sentPublishAt : edge?.schedule === 'publish' ? stored.publishAt : undefined
  const unpublishAt = sentUnpublishAt !== undefined ? sentUnpublishAt : edge?.schedule ? stored.unpublishAt : undefined
  const check = checkTransition({
    from: current,
    to,
    roles: user.roles ?? [],
    userId: user.id,
    submitterId: submitterOf(log),
    live,
    comment: request.comment,
    publishAt,
    unpublishAt,
    now: new Date(),
  })
  if (!check.ok) throw new WorkflowError(check.message, check.status)
  if (check.transition.privilege) await checkPrivilegedStep(req, { collection: slug, transition: check.transition, original })

  if (check.transition.checks) {
    const problems = await prePublishProblems(slug, { ...original, ...data }, req)
    if (problems.length) throw new WorkflowError(`cannot ${check.transition.action} yet: ${problems.join('; ')}`, 422)
  }
  const schedule = scheduleAfter({ from: current, to, live, stored, publishAt: check.publishAt, unpublishAt: check.unpublishAt })
  const comment = request.comment?.trim() || undefined
  const when = [schedule.publishAt && to === 'scheduled' ? `publish ${schedule.publishAt}` : '', schedule.unpublishAt ? `unpublish ${schedule.unpublishAt}` : '']
    .filter(Boolean)
    .join(', ')
  const action = when ? `${check.transition.action} (${when})` : check.transition.action
  return {
    ...data,
    ...schedule,
    // Resource priority (growth privileges): whoever holds 'review-priority' is reviewed first.
    ...(to === 'in_review' ? { reviewPriority: await reviewPriorityOf(req) } : {}),
    workflowState: to,
    _status: statusFor(to),
    workflowLog: [...log, logEntry(req, { action, from: current, to, comment })],
  }
}
