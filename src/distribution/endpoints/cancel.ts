import type { Endpoint } from 'payload'

import type { DistributionContext } from '../../../collections/Distributions/hooks/guard-status'
import { hasRole } from '../../access/roles'
import { badRequest, forbidden, unauthorized } from '../../content/queries/errors'
import { cancelDeliveries } from '../run/cancel'

// POST /api/distributions/:id/cancel – stops a scheduled or sending distribution: nothing more is sent
export const cancelEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/cancel',
  handler: async (req) => {
    if (!req.user) throw unauthorized('Sign in to cancel distributions')
    if (!hasRole(req.user, 'admin', 'marketer')) throw forbidden('Only marketers and admins cancel distributions')
    const id = String(req.routeParams?.id)
    const doc = await req.payload.findByID({ collection: 'distributions', id, depth: 0, req })
    if (doc.status !== 'scheduled' && doc.status !== 'sending') throw badRequest(`Only a scheduled or sending distribution can be cancelled; this one is ${doc.status}`)
    const updated = await req.payload.update({
      collection: 'distributions',
      id,
      data: { status: 'cancelled', progress: { ...doc.progress, finishedAt: new Date().toISOString() } },
      context: { distributionInternal: true } satisfies DistributionContext,
      depth: 0,
      req,
    })
    // The running batch sees the status before its next message; the rest never leaves.
    const cancelled = await cancelDeliveries(req.payload, Number(id))
    return Response.json({ id: updated.id, status: updated.status, cancelledDeliveries: cancelled })
  },
}
