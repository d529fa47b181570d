import { z } from 'zod'

import { WORKFLOW_STATES } from './states'

const when = z.string().trim().min(1).max(40).nullable().optional()

/** Body of POST /api/<collection>/:id/transition and the arguments of the GraphQL `transition` mutation. */
export const transitionSchema = z.object({
  to: z.enum(WORKFLOW_STATES, { message: `"to" must be one of ${WORKFLOW_STATES.join(', ')}` }),
  comment: z.string().max(2000, 'comment: at most 2000 characters').nullable().optional(),
  publishAt: when,
  unpublishAt: when,
})

export type TransitionInput = z.infer<typeof transitionSchema>

/** One line per problem, with the field path, for a 400 message. */
export const describeIssues = (error: z.ZodError): string =>
  error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ')
