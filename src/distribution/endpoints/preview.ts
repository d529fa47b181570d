import type { Endpoint } from 'payload'

import { badRequest, notFound, unauthorized } from '../../content/queries/errors'
import { adapterFor } from '../channels'
import { variantFor } from '../variant'

// GET /api/distributions/:id/preview?channel=<id>&format=json|html – what one channel's variant would send
export const previewEndpoint: Endpoint = {
  method: 'get',
  path: '/:id/preview',
  handler: async (req) => {
    if (!req.user) throw unauthorized('Sign in to preview distributions')
    const distribution = await req.payload.findByID({ collection: 'distributions', id: String(req.routeParams?.id), depth: 1, overrideAccess: false, user: req.user, req, disableErrors: true })
    if (!distribution) throw notFound('No such distribution')
    const channelId = Number(req.searchParams.get('channel'))
    const channel = (distribution.channels ?? []).find((c) => typeof c === 'object' && c.id === channelId)
    if (!channel || typeof channel !== 'object') throw badRequest('Name one of the distribution\'s channels: ?channel=<id>')
    const variant = variantFor(distribution, channelId)
    const preview = await adapterFor(channel.kind).preview({
      payload: req.payload,
      channel,
      distribution,
      variant,
      deliveries: [],
      record: async () => {},
      trackedLink: async (url) => url,
      signal: new AbortController().signal,
    })
    // An email can be looked at as the recipient will see it.
    if (req.searchParams.get('format') === 'html' && typeof preview.html === 'string')
      return new Response(preview.html, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; img-src * data:; style-src 'unsafe-inline'" } })
    return Response.json({ channel: { id: channel.id, kind: channel.kind, name: channel.name }, preview })
  },
}
