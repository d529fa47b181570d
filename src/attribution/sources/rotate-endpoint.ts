import type { Endpoint } from 'payload'

import { hasRole } from '../../access/roles'
import { badRequest, forbidden } from '../../content/queries/errors'
import { newSecretKey, newWriteKey } from './keys'

// POST /api/sources/:id/rotate { "key": "write" | "secret" } – a new key; the old one stops working at once
export const rotateKeyEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/rotate',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin')) throw forbidden('Only admins rotate source keys')
    const body = (await req.json?.().catch(() => undefined)) as { key?: string } | undefined
    if (body?.key !== 'write' && body?.key !== 'secret') throw badRequest('Send { "key": "write" } or { "key": "secret" }')
    const field = body.key === 'write' ? 'writeKey' : 'secretKey'
    const value = body.key === 'write' ? newWriteKey() : newSecretKey()
    const doc = await req.payload.update({
      collection: 'sources',
      id: String(req.routeParams?.id),
      data: { [field]: value },
      // Checked above: keys are read-only to every client, rotation is the one way to change them.
      overrideAccess: true,
      req,
    })
    return Response.json({ id: doc.id, [field]: value })
  },
}
