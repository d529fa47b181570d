import express, { type Response, type Router } from 'express'
import type { Payload } from 'payload'

import type { Contact, Delivery } from '../../payload-types'
import { sendError } from '../../server/errors'
import { verifyToken } from './tokens'

// A transparent 1×1 GIF (43 bytes).
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

const STYLE = 'font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937'

/** A small page of its own: the token is in the URL, so no referrer leaves it and nothing is cached. */
const page = (res: Response, title: string, body: string) => {
  res
    .status(200)
    .set({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
    })
    .send(`<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title><body style="${STYLE}"><h1>${title}</h1>${body}</body></html>`)
}

const badToken = (res: Response) => sendError(res, 400, 'bad_request', 'This link is not valid (it may have been cut off or changed)')

const notReady = (res: Response) => {
  res.set('retry-after', '2')
  sendError(res, 503, 'not_ready', 'Flywheel is starting; try again in a moment')
}

const findDelivery = (payload: Payload, id: number): Promise<Delivery | null> =>
  payload.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true, disableErrors: true })

/** The delivery's contact, else the contact with its address (a merge may have removed the first). */
const findContact = async (payload: Payload, delivery: Delivery): Promise<Contact | null> => {
  const byId = delivery.contactId == null ? null : await payload.findByID({ collection: 'contacts', id: delivery.contactId, depth: 0, overrideAccess: true, disableErrors: true })
  if (byId || !delivery.email) return byId
  const { docs } = await payload.find({ collection: 'contacts', where: { email: { equals: delivery.email } }, limit: 1, depth: 0, overrideAccess: true })
  return docs[0] ?? null
}

/**
 * Unsubscribes a delivery's contact (consent withdrawn, suppressed) and marks the delivery; a repeat
 * changes nothing and keeps the first times. Returns false when there is no such delivery.
 */
export const unsubscribeDelivery = async (payload: Payload, deliveryId: number, now = new Date()): Promise<boolean> => {
  const delivery = await findDelivery(payload, deliveryId)
  if (!delivery) return false
  const at = now.toISOString()
  const contact = await findContact(payload, delivery)
  if (contact && (contact.consent?.email !== false || !contact.suppression?.unsubscribedAt)) {
    // Whole groups are written back, so the fields beside (tracking consent, a bounce) stay as they are.
    const consent = contact.consent?.email === false ? contact.consent : { ...contact.consent, email: false, updatedAt: at }
    const suppression = { ...contact.suppression, unsubscribedAt: at, reason: contact.suppression?.reason || 'Unsubscribed from an email' }
    await payload.update({ collection: 'contacts', id: contact.id, data: { consent, suppression }, depth: 0, overrideAccess: true })
  }
  if (delivery.status !== 'unsubscribed' || !delivery.unsubscribedAt) {
    const data = { status: 'unsubscribed', unsubscribedAt: delivery.unsubscribedAt ?? at } as const
    await payload.update({ collection: 'deliveries', id: delivery.id, data, depth: 0, overrideAccess: true })
  }
  return true
}

/** The first open of a delivery: `openedAt`, and status `opened` unless it has moved past `sent`. */
export const recordOpen = async (payload: Payload, deliveryId: number, now = new Date()): Promise<void> => {
  const delivery = await findDelivery(payload, deliveryId)
  if (!delivery || delivery.openedAt) return
  const data = delivery.status === 'sent' ? ({ openedAt: now.toISOString(), status: 'opened' } as const) : { openedAt: now.toISOString() }
  await payload.update({ collection: 'deliveries', id: delivery.id, data, depth: 0, overrideAccess: true })
}

/** The lean public routes of email distribution: unsubscribe (RFC 8058) and the open pixel. */
export const emailRoutes = (payload: () => Payload | undefined): Router => {
  const router = express.Router()

  // GET /v1/unsubscribe/:token – asks to confirm; a GET never unsubscribes, since mail scanners follow links
  router.get('/v1/unsubscribe/:token', (req, res) => {
    if (verifyToken(req.params.token, 'u') === null) return void badToken(res)
    page(
      res,
      'Unsubscribe',
      '<p>Stop receiving these emails?</p><form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">' +
        '<button type="submit" style="font:inherit;padding:.5rem 1rem">Unsubscribe</button></form>',
    )
  })

  // POST /v1/unsubscribe/:token – one-click unsubscribe (mail clients, https://www.rfc-editor.org/rfc/rfc8058) and the form above
  router.post('/v1/unsubscribe/:token', async (req, res) => {
    // The signed token is the authority; the body (`List-Unsubscribe=One-Click`) is not needed, so it is not parsed.
    const id = verifyToken(req.params.token, 'u')
    if (id === null) return void badToken(res)
    const db = payload()
    if (!db) return void notReady(res)
    try {
      if (!(await unsubscribeDelivery(db, id))) return void sendError(res, 404, 'not_found', 'This email is no longer known; nothing to unsubscribe')
    } catch (err) {
      db.logger.error({ msg: `unsubscribe of delivery ${id} failed`, err })
      res.set('retry-after', '5')
      return void sendError(res, 503, 'unavailable', 'Unsubscribing failed; please try again in a moment')
    }
    page(res, 'Unsubscribed', '<p>You will not receive these emails any more.</p>')
  })

  // GET /v1/o/:token.gif – the open pixel: always the image, the open is recorded after the response
  router.get('/v1/o/:token.gif', (req, res) => {
    const id = verifyToken(req.params.token, 'o')
    if (id === null) return void badToken(res)
    res
      .status(200)
      .set({ 'content-type': 'image/gif', 'cache-control': 'no-store, no-cache, must-revalidate, private', pragma: 'no-cache', expires: '0' })
      .end(GIF)
    const db = payload()
    if (!db || req.method !== 'GET') return
    recordOpen(db, id).catch((err: unknown) => db.logger.warn({ msg: `recording the open of delivery ${id} failed`, err }))
  })

  return router
}
