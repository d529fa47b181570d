import type { PayloadRequest } from 'payload'

import type { WorkflowState } from './states'

/** One row of `workflowLog`. `by` is a user id, or the populated user when read with depth. */
export type LogRow = {
  id?: string | null
  at: string
  by?: number | string | { id: number | string } | null
  actor?: string | null
  action?: string | null
  from?: WorkflowState | null
  to: WorkflowState
  comment?: string | null
}

/** Who took a logged step (the `by` relationship, populated or not). */
export const loggedBy = (by: LogRow['by']) => (by && typeof by === 'object' ? by.id : by)

export const logEntry = (
  req: PayloadRequest,
  entry: { action: string; from: WorkflowState; to: WorkflowState; comment?: string | null },
): LogRow => {
  const user = req.user as { id: number | string; email?: string; name?: string | null } | null
  return {
    at: new Date().toISOString(),
    by: user?.id ?? null,
    actor: user ? user.name || user.email || String(user.id) : 'system',
    action: entry.action,
    from: entry.from,
    to: entry.to,
    comment: entry.comment?.slice(0, 2000) ?? null,
  }
}

/** Who put the document into review last: they may not approve it. */
export const submitterOf = (log: readonly LogRow[]): number | string | null => {
  for (let i = log.length - 1; i >= 0; i--) if (log[i].to === 'in_review') return loggedBy(log[i].by) ?? null
  return null
}
