import type { Endpoint } from 'payload'

import type { DistributionContext } from '../../../collections/Distributions/hooks/guard-status'
import { hasRole } from '../../access/roles'
import { badRequest, forbidden, unauthorized } from '../../content/queries/errors'
import { relationId } from '../../fields/relation-id'

// POST /api/distributions/:id/approve – another marketer or an admin approves a large distribution
export const approveEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/approve',
  handler: async (req) => {
    if (!req.user) throw unauthorized('Sign in to approve distributions')
    if (!hasRole(req.user, 'admin', 'marketer')) throw forbidden('Only marketers and admins approve distributions')
    const id = String(req.routeParams?.id)
    const doc = await req.payload.findByID({ collection: 'distributions', id, depth: 0, req })
    const creator = relationId(doc.createdBy)
    if (creator === req.user.id && !hasRole(req.user, 'admin')) throw forbidden('Another marketer or an admin approves a distribution, not the one who made it')
    if (doc.status !== 'draft') throw badRequest(`Only a draft is approved; this one is ${doc.status}`)
    const updated = await req.payload.update({
      collection: 'distributions',
      id,
      data: { approval: { approvedBy: req.user.id, approvedAt: new Date().toISOString() } },
      context: { distributionInternal: true } satisfies DistributionContext,
      depth: 0,
      req,
    })
    return Response.json({ id: updated.id, approval: updated.approval })
  },
}
