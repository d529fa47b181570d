import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/content-collection'
import { EXPLICIT_TRANSITION } from './context'
import { WorkflowError } from './errors'
import { describeIssues, transitionSchema } from './schemas'

/** Ids arrive as strings from URLs and GraphQL; SQL databases number them (Payload's REST does the same). */
const documentId = (req: PayloadRequest, collection: ContentCollection, id: number | string): number | string => {
  const idType = req.payload.collections[collection]?.customIDType ?? req.payload.db.defaultIDType
  return idType === 'number' && typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id
}

/**
 * Moves one document along the workflow on behalf of the signed-in user: an update of its workflow
 * fields with access control on, so the same hooks decide as for PATCH and the GraphQL update.
 */
export const applyTransition = async (req: PayloadRequest, collection: ContentCollection, id: number | string, body: unknown) => {
  const parsed = transitionSchema.safeParse(body ?? {})
  if (!parsed.success) throw new WorkflowError(describeIssues(parsed.error), 400)
  if (!req.user) throw new WorkflowError('sign in to change a workflow state', 401)
  const { to, comment, publishAt, unpublishAt } = parsed.data
  req.context[EXPLICIT_TRANSITION] = true
  return req.payload.update({
    collection,
    id: documentId(req, collection, id),
    data: {
      workflowState: to,
      ...(comment ? { workflowComment: comment } : {}),
      ...(publishAt !== undefined ? { publishAt } : {}),
      ...(unpublishAt !== undefined ? { unpublishAt } : {}),
    },
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
}
