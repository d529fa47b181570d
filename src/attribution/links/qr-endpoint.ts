import type { Endpoint } from 'payload'
import QRCode from 'qrcode'

import { badRequest, notFound, unauthorized } from '../../content/queries/errors'

const FORMATS = ['svg', 'png'] as const

/** The public short URL of a code: PUBLIC_URL, else the origin the request came to. */
export const shortUrl = (code: string, requestUrl?: string): string => {
  const origin = process.env.PUBLIC_URL || (requestUrl ? new URL(requestUrl).origin : 'http://localhost:3000')
  return `${origin.replace(/\/$/, '')}/l/${encodeURIComponent(code)}`
}

// GET /api/tracked-links/:id/qr?format=svg|png&size=512 – a QR code of the short URL (posters, slides, print)
export const qrEndpoint: Endpoint = {
  method: 'get',
  path: '/:id/qr',
  handler: async (req) => {
    if (!req.user) throw unauthorized('Sign in (or send an API key) to get QR codes')
    const format = (req.searchParams.get('format') ?? 'svg') as (typeof FORMATS)[number]
    if (!FORMATS.includes(format)) throw badRequest(`format must be one of ${FORMATS.join(', ')}`)
    const size = Number(req.searchParams.get('size') ?? 512)
    if (!Number.isInteger(size) || size < 64 || size > 4096) throw badRequest('size must be a whole number of pixels from 64 to 4096')
    const id = String(req.routeParams?.id ?? '')
    const { docs } = await req.payload.find({
      collection: 'tracked-links',
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: req.user,
    })
    if (!docs[0]) throw notFound(`No tracked link ${id}`)
    const text = shortUrl(docs[0].code, req.url)
    const filename = `flywheel-${docs[0].code}.${format}`
    const headers = { 'content-disposition': `inline; filename="${filename}"`, 'cache-control': 'private, max-age=60' }
    if (format === 'svg') {
      const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: size })
      return new Response(svg, { headers: { ...headers, 'content-type': 'image/svg+xml' } })
    }
    const png = await QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: size })
    return new Response(new Uint8Array(png), { headers: { ...headers, 'content-type': 'image/png' } })
  },
}
