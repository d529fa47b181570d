import { isWorkflowState, type WorkflowState } from './states'

/** Fields the workflow owns; everything else in a document is content. */
export const WORKFLOW_KEYS = ['workflowState', 'workflowComment', 'publishAt', 'unpublishAt', 'workflowLog', '_status'] as const

/** What a client asked for in one update, read from the raw request body before Payload fills it in. */
export type WorkflowRequest = {
  /** `workflowState` as sent (undefined when absent). */
  state?: string
  /** `_status: 'published'` was sent (the admin's Publish button). */
  statusPublished: boolean
  comment?: string
  /** Undefined: not sent; null: cleared. */
  publishAt?: string | null
  unpublishAt?: string | null
}

type Raw = Record<string, unknown> | undefined

const dateInput = (raw: Raw, key: string): string | null | undefined => {
  if (!raw || !(key in raw)) return undefined
  const value = raw[key]
  if (value === null || value === '') return null
  return typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : String(value)
}

export const readRequest = (raw: Raw): WorkflowRequest => ({
  state: typeof raw?.workflowState === 'string' ? raw.workflowState : raw?.workflowState == null ? undefined : String(raw.workflowState),
  statusPublished: raw?._status === 'published',
  comment: typeof raw?.workflowComment === 'string' ? raw.workflowComment : undefined,
  publishAt: dateInput(raw, 'publishAt'),
  unpublishAt: dateInput(raw, 'unpublishAt'),
})

export type Stored = { state: WorkflowState; publishAt?: string | null; unpublishAt?: string | null }

const sameInstant = (a: string | null | undefined, b: string | null | undefined): boolean => {
  if (!a || !b) return !a && !b
  const ta = new Date(a).getTime()
  const tb = new Date(b).getTime()
  return Number.isNaN(ta) || Number.isNaN(tb) ? a === b : ta === tb
}

export type Plan =
  | { kind: 'edit'; saveAsDraft?: boolean }
  | { kind: 'transition'; to: WorkflowState | string; saveAsDraft: boolean }

/**
 * Classifies an update. A transition is a new `workflowState` (or `_status: 'published'`, the admin's
 * Publish button, meaning → published), or — on a scheduled or published document — a changed
 * `publishAt`/`unpublishAt` (reschedule). Anything else is a content edit.
 *
 * `saveAsDraft` keeps a live document live: on a published document, edits and workflow steps of the
 * next revision are saved as a new draft version (Payload drafts), and only going live, archiving or
 * unpublishing writes the published document. Undefined leaves the client's `draft` choice alone.
 */
export const planUpdate = ({ stored, live, request }: { stored: Stored; live: boolean; request: WorkflowRequest }): Plan => {
  const current = stored.state
  let to: string = request.state ?? current
  if (to === current && request.statusPublished && current !== 'published') to = 'published'

  const rescheduled =
    (current === 'scheduled' &&
      ((request.publishAt !== undefined && !sameInstant(request.publishAt, stored.publishAt)) ||
        (request.unpublishAt !== undefined && !sameInstant(request.unpublishAt, stored.unpublishAt)))) ||
    (current === 'published' && request.unpublishAt !== undefined && !sameInstant(request.unpublishAt, stored.unpublishAt))

  if (to === current && !rescheduled) return { kind: 'edit', saveAsDraft: live ? true : undefined }

  const writesLiveDocument = to === 'published' || to === 'archived' || (to === 'draft' && current === 'published')
  return { kind: 'transition', to, saveAsDraft: writesLiveDocument ? false : live }
}

export const isKnownTarget = (to: string): to is WorkflowState => isWorkflowState(to)

/**
 * The schedule a document keeps after moving `from` → `to`. A schedule belongs to `scheduled` and
 * `published`; elsewhere it is cleared, except that a live document's end date (`unpublishAt`) stays
 * while its next revision is being worked on — the published version still ends then.
 */
export const scheduleAfter = ({
  from,
  to,
  live,
  stored,
  publishAt,
  unpublishAt,
}: {
  from: WorkflowState
  to: WorkflowState
  live: boolean
  stored: { publishAt?: string | null; unpublishAt?: string | null }
  publishAt: string | null
  unpublishAt: string | null
}): { publishAt: string | null; unpublishAt: string | null } => {
  if (to === 'scheduled') return { publishAt, unpublishAt }
  if (to === 'published') return { publishAt: from === 'scheduled' || from === 'published' ? (stored.publishAt ?? null) : null, unpublishAt }
  if (to === 'archived' || (to === 'draft' && from === 'published')) return { publishAt: null, unpublishAt: null }
  return { publishAt: null, unpublishAt: live ? (stored.unpublishAt ?? null) : null }
}

export { sameInstant }
