import type { Payload } from 'payload'

import type { Delivery } from '../../payload-types'
import type { Outcome } from '../channels/adapter'
import { retryDelayMs } from './lease'

/**
 * Writes one delivery's outcome: sent; or failed and due again after a backoff (attempts left); or
 * given up (no attempts left, a permanent error); bounced (the contact is suppressed from now on); or
 * suppressed (the contact unsubscribed or lost consent after it was queued).
 */
export const recordOutcome = async (payload: Payload, delivery: Delivery, outcome: Outcome, maxAttempts: number, now = new Date()): Promise<void> => {
  const attempts = (delivery.attempts ?? 0) + 1
  const id = delivery.id
  if (outcome.ok) {
    await payload.update({
      collection: 'deliveries',
      id,
      data: { status: 'sent', sentAt: now.toISOString(), attempts, messageId: outcome.messageId ?? null, placement: outcome.placement ?? delivery.placement ?? null, lastError: null },
      overrideAccess: true,
      depth: 0,
    })
    return
  }
  const error = outcome.error.slice(0, 500)
  if (outcome.permanent && outcome.error === 'suppressed') {
    await payload.update({ collection: 'deliveries', id, data: { status: 'suppressed', attempts, lastError: error }, overrideAccess: true, depth: 0 })
    return
  }
  if (outcome.bounced) {
    await payload.update({ collection: 'deliveries', id, data: { status: 'bounced', bouncedAt: now.toISOString(), attempts: maxAttempts, lastError: error }, overrideAccess: true, depth: 0 })
    if (delivery.contactId) {
      // The whole group is written back: an earlier unsubscribe stays.
      const contact = await payload.findByID({ collection: 'contacts', id: delivery.contactId, depth: 0, overrideAccess: true, disableErrors: true })
      if (contact)
        await payload.update({ collection: 'contacts', id: contact.id, data: { suppression: { ...contact.suppression, bouncedAt: now.toISOString(), reason: error } }, overrideAccess: true, depth: 0 })
    }
    return
  }
  await payload.update({
    collection: 'deliveries',
    id,
    data: { status: 'failed', attempts: outcome.permanent ? maxAttempts : attempts, lastError: error, dueAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() },
    overrideAccess: true,
    depth: 0,
  })
}
