import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'

export const EVENT_TYPES = ['track', 'page', 'identify', 'alias'] as const

/**
 * Behaviour events from POST /v1/events (Segment's shape), written in batches by the event buffer
 * (src/attribution/ingest), never through the API. Flat columns, no timestamps, few indexes: every
 * index costs on each insert. `dedupeKey` (source:messageId) is unique, so a repeated message is
 * stored once however often it is sent.
 */
export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  admin: { group: 'Attribution', useAsTitle: 'event', defaultColumns: ['at', 'type', 'event', 'userId', 'anonymousId'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  // Covers what the growth layers count per browser (src/growth/layers/aggregate.ts): SQLite groups a
  // million events in index order without a sort or a table lookup, and finds one browser's events.
  indexes: [{ fields: ['anonymousId', 'userId', 'type', 'event', 'at'] }],
  fields: [
    { name: 'dedupeKey', type: 'text', required: true, unique: true, index: true },
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'receivedAt', type: 'date', required: true },
    { name: 'sourceId', type: 'number', required: true },
    { name: 'messageId', type: 'text', required: true },
    { name: 'type', type: 'select', required: true, options: [...EVENT_TYPES] },
    { name: 'event', type: 'text' },
    { name: 'anonymousId', type: 'text' },
    // The growth layers' incremental update finds a contact's events by its user ids (and anonymous ids, below).
    { name: 'userId', type: 'text', index: true },
    { name: 'previousId', type: 'text' },
    { name: 'clickId', type: 'text' },
    { name: 'utmSource', type: 'text' },
    { name: 'utmMedium', type: 'text' },
    { name: 'utmCampaign', type: 'text' },
    { name: 'utmTerm', type: 'text' },
    { name: 'utmContent', type: 'text' },
    { name: 'pageUrl', type: 'text' },
    { name: 'referrer', type: 'text' },
    { name: 'visitorId', type: 'text', admin: { description: 'A hash of the day\'s salt, IP address, user agent and site; no IP address is stored.' } },
    { name: 'channelGroup', type: 'text', admin: { description: 'GA4 default channel group of a page view (UTM first, then the referrer).' } },
    { name: 'properties', type: 'json' },
    { name: 'traits', type: 'json' },
  ],
}
