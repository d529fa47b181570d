import type { Role } from '../access/roles'
import type { Privilege } from '../growth/team/settings'
import type { WorkflowState } from './states'

/**
 * One edge of the editorial workflow. The table below is the single source of the rules: the hooks,
 * the REST endpoint, the GraphQL mutation and the admin all defer to `checkTransition`.
 */
export type Transition = {
  from: WorkflowState
  to: WorkflowState
  /** Verb for messages and the log ("approve", "schedule"). */
  action: string
  /** Any one of these roles may take the edge. */
  roles: Role[]
  requiresComment?: boolean
  /** The person who submitted the document for review may not take this edge (no self-approval). */
  notBySubmitter?: boolean
  /** `publishAt` is required (scheduling); `unpublishAt` is accepted on every edge that has `schedule`. */
  schedule?: 'publish' | 'unpublish'
  /** The pre-publish checks (src/checks) must pass. */
  checks?: boolean
  /** Content edits sent with the request are kept; on every other edge they are ignored. */
  keepsContent?: boolean
  /** Only for a revision of a live document (its published version stays online until this step). */
  liveOnly?: boolean
  /**
   * Also needs this growth privilege (src/growth/team/privileges.ts), checked with the document by the
   * workflow hook: the role alone does not open the edge.
   */
  privilege?: Privilege
}

const WRITERS: Role[] = ['editor', 'admin']
const REVIEWERS: Role[] = ['reviewer', 'admin']
const PUBLISHERS: Role[] = ['marketer', 'admin']

export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'in_review', action: 'submit for review', roles: WRITERS, keepsContent: true },
  { from: 'changes_requested', to: 'in_review', action: 'resubmit for review', roles: WRITERS, keepsContent: true },
  { from: 'in_review', to: 'draft', action: 'withdraw from review', roles: WRITERS, keepsContent: true },
  { from: 'in_review', to: 'approved', action: 'approve', roles: REVIEWERS, notBySubmitter: true },
  { from: 'in_review', to: 'changes_requested', action: 'request changes', roles: REVIEWERS, requiresComment: true },
  { from: 'approved', to: 'published', action: 'publish', roles: PUBLISHERS, checks: true, schedule: 'unpublish' },
  // Restriction relaxation (growth privileges): an author's own small edit of a live document goes live
  // without review; src/workflow/small-edit.ts checks the level, the authorship and the size.
  {
    from: 'draft',
    to: 'published',
    action: 'publish a small edit',
    roles: WRITERS,
    checks: true,
    schedule: 'unpublish',
    liveOnly: true,
    privilege: 'publish-small-edits',
  },
  { from: 'approved', to: 'scheduled', action: 'schedule', roles: PUBLISHERS, checks: true, schedule: 'publish' },
  { from: 'scheduled', to: 'scheduled', action: 'reschedule', roles: PUBLISHERS, checks: true, schedule: 'publish' },
  { from: 'scheduled', to: 'approved', action: 'cancel the schedule', roles: PUBLISHERS },
  { from: 'scheduled', to: 'published', action: 'publish now', roles: PUBLISHERS, checks: true, schedule: 'unpublish' },
  { from: 'published', to: 'published', action: 'schedule unpublishing', roles: PUBLISHERS, schedule: 'unpublish' },
  { from: 'published', to: 'draft', action: 'unpublish', roles: PUBLISHERS },
  { from: 'published', to: 'archived', action: 'archive', roles: PUBLISHERS },
  { from: 'draft', to: 'archived', action: 'archive', roles: PUBLISHERS },
  { from: 'archived', to: 'draft', action: 'reopen', roles: ['editor', 'marketer', 'admin'], keepsContent: true },
]

/** `live`: the document has a published version online (edges marked `liveOnly` need one). */
export const findTransition = (from: WorkflowState, to: WorkflowState, live = false): Transition | undefined =>
  TRANSITIONS.find((t) => t.from === from && t.to === to && (live || !t.liveOnly))

export const transitionsFrom = (from: WorkflowState, live = false): Transition[] =>
  TRANSITIONS.filter((t) => t.from === from && t.to !== from && (live || !t.liveOnly))

export type TransitionRequest = {
  from: WorkflowState
  to: WorkflowState
  roles: readonly (string | null)[]
  userId: number | string
  /** Who moved the document into review last (from the workflow log). */
  submitterId?: number | string | null
  /** The document has a published version online. */
  live?: boolean
  comment?: string | null
  /** Undefined: not sent. Null: cleared. */
  publishAt?: string | null
  unpublishAt?: string | null
  now: Date
}

export type TransitionCheck =
  | { ok: true; transition: Transition; publishAt: string | null; unpublishAt: string | null }
  | { ok: false; status: 400 | 403 | 409; message: string }

const plural = (role: Role) => `${role}s`
const listRoles = (roles: Role[]) =>
  roles.length === 1 ? plural(roles[0]) : `${roles.slice(0, -1).map(plural).join(', ')} or ${plural(roles[roles.length - 1])}`

const parseDate = (value: string | null | undefined, name: string): { ok: true; date: Date | null } | { ok: false; message: string } => {
  if (value === undefined || value === null || value === '') return { ok: true, date: null }
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? { ok: false, message: `${name} "${String(value).slice(0, 40)}" is not a valid date` } : { ok: true, date }
}

/** Decides one requested transition: the edge exists, the user holds a role for it, and its conditions hold. */
export const checkTransition = (req: TransitionRequest): TransitionCheck => {
  const { from, to } = req
  const transition = findTransition(from, to, req.live)
  if (!transition) {
    const options = transitionsFrom(from, req.live).map((t) => `${t.action} (→ ${t.to})`)
    return {
      ok: false,
      status: 409,
      message: `${from} → ${to} is not a workflow transition; from ${from} you can ${options.length ? options.join(', ') : 'not move'}`,
    }
  }
  const who = req.roles.filter(Boolean).join('/') || 'a user without a role'
  if (!transition.roles.some((role) => req.roles.includes(role))) {
    return { ok: false, status: 403, message: `${who} cannot ${transition.action}: only ${listRoles(transition.roles)} move ${from} → ${to}` }
  }
  if (transition.notBySubmitter && req.submitterId != null && String(req.submitterId) === String(req.userId)) {
    return {
      ok: false,
      status: 403,
      message: `you cannot ${transition.action} your own submission: another ${transition.roles.join(' or ')} must ${transition.action} it`,
    }
  }
  if (transition.requiresComment && !req.comment?.trim()) {
    return { ok: false, status: 400, message: `a comment is required to ${transition.action} (${from} → ${to})` }
  }

  const publishAt = parseDate(req.publishAt, 'publishAt')
  if (!publishAt.ok) return { ok: false, status: 400, message: publishAt.message }
  const unpublishAt = parseDate(req.unpublishAt, 'unpublishAt')
  if (!unpublishAt.ok) return { ok: false, status: 400, message: unpublishAt.message }

  if (transition.schedule !== 'publish' && publishAt.date) {
    return { ok: false, status: 400, message: `publishAt only applies when scheduling (→ scheduled), not to ${transition.action}` }
  }
  if (!transition.schedule && unpublishAt.date) {
    return { ok: false, status: 400, message: `unpublishAt cannot be set to ${transition.action} (${from} → ${to})` }
  }
  if (transition.schedule === 'publish') {
    if (!publishAt.date) return { ok: false, status: 400, message: `publishAt is required to ${transition.action} (${from} → ${to})` }
    if (publishAt.date <= req.now) return { ok: false, status: 400, message: `publishAt must be in the future (got ${publishAt.date.toISOString()})` }
  }
  if (unpublishAt.date) {
    const after = publishAt.date ?? req.now
    if (unpublishAt.date <= after) {
      return {
        ok: false,
        status: 400,
        message: publishAt.date ? 'unpublishAt must be after publishAt' : `unpublishAt must be in the future (got ${unpublishAt.date.toISOString()})`,
      }
    }
  }
  return {
    ok: true,
    transition,
    publishAt: publishAt.date?.toISOString() ?? null,
    unpublishAt: unpublishAt.date?.toISOString() ?? null,
  }
}
