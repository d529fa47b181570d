import { addDataAndFileToRequest, type Endpoint } from 'payload'

import type { ContentCollection } from '../content/content-collection'
import { applyTransition } from './apply-transition'
import { WorkflowError } from './errors'

/** POST /api/<collection>/:id/transition {to, comment?, publishAt?, unpublishAt?} – one workflow step. */
export const transitionEndpoint = (collection: ContentCollection): Endpoint => ({
  path: '/:id/transition',
  method: 'post',
  handler: async (req) => {
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') throw new WorkflowError('missing document id', 400)
    await addDataAndFileToRequest(req)
    const doc = await applyTransition(req, collection, id, req.data)
    return Response.json({ message: `now ${doc.workflowState}`, doc })
  },
})
