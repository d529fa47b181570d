/** Editorial states beyond Payload's draft/published. */
export const WORKFLOW_STATES = ['draft', 'in_review', 'changes_requested', 'approved', 'scheduled', 'published', 'archived'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const isWorkflowState = (value: unknown): value is WorkflowState =>
  typeof value === 'string' && (WORKFLOW_STATES as readonly string[]).includes(value)

export const stateLabel = (state: WorkflowState): string =>
  ({
    draft: 'Draft',
    in_review: 'In review',
    changes_requested: 'Changes requested',
    approved: 'Approved',
    scheduled: 'Scheduled',
    published: 'Published',
    archived: 'Archived',
  })[state]

/** Payload's own `_status` for a workflow state: only `published` is live, everything else is a draft. */
export const statusFor = (state: WorkflowState): 'draft' | 'published' => (state === 'published' ? 'published' : 'draft')
