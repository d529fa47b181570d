import type { Payload } from 'payload'

import { bulkInsert } from '../attribution/buffer/bulk-insert'

type Clicked = { clickId: string; deliveryId: number | null; human: boolean; at: string }

/**
 * Ties human clicks on links in newsletters (`/l/<code>?d=<delivery>`) to their delivery and recipient:
 * the delivery is marked clicked (the first time), and the click id becomes one of the recipient's
 * identities — so the page views carrying that `fw_click`, and conversions after them, are the
 * contact's. Runs after each stored batch of clicks.
 */
export const linkDeliveryClicks = async (payload: Payload, rows: readonly Clicked[]): Promise<void> => {
  const clicks = rows.filter((r) => r.human && r.deliveryId)
  if (clicks.length === 0) return
  const ids = [...new Set(clicks.map((c) => c.deliveryId!))]
  const deliveries = (await payload.find({ collection: 'deliveries', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, select: { contactId: true, status: true, clickedAt: true } })).docs
  const contactOf = new Map(deliveries.map((d) => [Number(d.id), d.contactId]))
  const first = deliveries.filter((d) => !d.clickedAt && ['sent', 'opened'].includes(d.status)).map((d) => d.id)
  if (first.length)
    await payload.update({ collection: 'deliveries', where: { id: { in: first } }, data: { status: 'clicked', clickedAt: clicks[0].at }, overrideAccess: true, depth: 0 })
  const identities = clicks.filter((c) => contactOf.get(c.deliveryId!)).map((c) => ({ key: `click:${c.clickId}`, contactId: contactOf.get(c.deliveryId!)! }))
  await bulkInsert(payload, 'identities', identities, { ignoreDuplicates: true })
}
