import type { Endpoint } from 'payload'
import { z } from 'zod'

import { hasRole } from '../../access/roles'
import { badRequest, forbidden, notFound, unauthorized } from '../../content/queries/errors'

/** Channel kinds whose deliveries a person posts by hand (the adapter only prepares them). */
const POSTED_BY_HAND = ['social', 'conference']
/** A placement is ready once its adapter recorded it; opens and clicks come later. */
const READY = ['sent', 'opened', 'clicked']

export const postedSchema = z.object({
  url: z
    .string({ error: 'url must be a string' })
    .trim()
    .max(2000, 'url is longer than 2000 characters')
    .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), 'url must be an http(s) address, e.g. https://www.linkedin.com/feed/update/…'),
})

// POST /api/deliveries/:id/posted { url } – a marketer records where a prepared placement went live
export const postedEndpoint: Endpoint = {
  method: 'post',
  path: '/:id/posted',
  handler: async (req) => {
    if (!req.user) throw unauthorized('Sign in to mark placements as posted')
    if (!hasRole(req.user, 'admin', 'marketer')) throw forbidden('Only marketers and admins mark placements as posted')
    const body: unknown = await req.json?.().catch(() => undefined)
    const parsed = postedSchema.safeParse(body ?? {})
    if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? 'Send { "url": "https://…" }', { field: 'url' })
    const id = String(req.routeParams?.id ?? '')
    if (!/^\d+$/.test(id)) throw notFound(`No delivery ${id}`)
    const delivery = await req.payload.findByID({ collection: 'deliveries', id, depth: 0, req, disableErrors: true })
    if (!delivery) throw notFound(`No delivery ${id}`)
    const channel = await req.payload.findByID({ collection: 'channels', id: delivery.channelId, depth: 0, req, disableErrors: true })
    if (!channel || !POSTED_BY_HAND.includes(channel.kind)) throw badRequest(`Delivery ${id} is not a social or conference placement; only those are posted by hand`)
    if (!READY.includes(delivery.status)) throw badRequest(`Delivery ${id} is ${delivery.status}: only a prepared placement (sent) can be marked posted`)
    const updated = await req.payload.update({
      collection: 'deliveries',
      id,
      data: { postedAt: new Date().toISOString(), postedUrl: parsed.data.url },
      // Deliveries are written by the send job only; the role check above is this endpoint's access rule.
      overrideAccess: true,
      depth: 0,
      req,
    })
    return Response.json({ id: updated.id, postedAt: updated.postedAt, postedUrl: updated.postedUrl })
  },
}
