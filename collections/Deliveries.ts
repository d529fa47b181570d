import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'
import { postedEndpoint } from '../src/distribution/endpoints/posted'
import { DELIVERY_STATUSES } from '../src/distribution/kinds'

/**
 * The delivery log: one row per recipient × distribution × channel × occurrence (or one per placement),
 * written by the send job. `sendKey` is unique, so a retry or a restarted worker finds the row instead
 * of sending again; `status` moves queued → sending → sent (then opened, clicked, unsubscribed) or
 * failed / bounced / suppressed / cancelled.
 */
export const Deliveries: CollectionConfig<'deliveries'> = {
  slug: 'deliveries',
  admin: { group: 'Distribution', defaultColumns: ['email', 'status', 'sentAt', 'attempts', 'lastError'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  // POST /api/deliveries/:id/posted { url } – a marketer marks a social or conference placement as posted.
  endpoints: [postedEndpoint],
  // The send job's claims, and the feed routes' newest entries of a channel.
  indexes: [{ fields: ['distributionId', 'status', 'dueAt'] }, { fields: ['channelId', 'status', 'sentAt'] }],
  fields: [
    { name: 'sendKey', type: 'text', required: true, unique: true, index: true },
    { name: 'distributionId', type: 'number', required: true },
    { name: 'channelId', type: 'number', required: true },
    { name: 'occurrence', type: 'number', required: true, defaultValue: 0 },
    { name: 'contactId', type: 'number', index: true },
    { name: 'email', type: 'text' },
    { name: 'status', type: 'select', required: true, defaultValue: 'queued', options: [...DELIVERY_STATUSES] },
    { name: 'dueAt', type: 'date', required: true },
    { name: 'attempts', type: 'number', required: true, defaultValue: 0 },
    { name: 'claimedAt', type: 'date', admin: { description: 'When a worker took it; a claim older than the lease is taken over.' } },
    { name: 'lastError', type: 'text' },
    { name: 'messageId', type: 'text' },
    { name: 'sentAt', type: 'date' },
    { name: 'openedAt', type: 'date' },
    { name: 'clickedAt', type: 'date' },
    { name: 'unsubscribedAt', type: 'date' },
    { name: 'bouncedAt', type: 'date' },
    { name: 'placement', type: 'json', admin: { description: 'Placements and feeds: what the adapter prepared (post copy, tracked link, image size, QR code).' } },
    { name: 'postedAt', type: 'date' },
    { name: 'postedUrl', type: 'text', admin: { description: 'Placements: where it was posted.' } },
  ],
}
