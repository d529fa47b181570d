import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'

/** user-agent: a crawler or link checker; head: a HEAD request; prefetch: a browser prefetch; scanner: several links opened by one visitor within seconds (email security scanners). */
export const BOT_REASONS = ['user-agent', 'head', 'prefetch', 'scanner'] as const
export type BotReason = (typeof BOT_REASONS)[number]

/**
 * One row per request to /l/:code, written in batches by the click buffer (src/attribution/clicks),
 * never through the API. Flat columns (no relationship tables) so a batch is one multi-row insert.
 */
export const Clicks: CollectionConfig<'clicks'> = {
  slug: 'clicks',
  admin: { group: 'Attribution', useAsTitle: 'clickId', defaultColumns: ['at', 'code', 'campaignKey', 'channel', 'human'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  // `at` is the time; no createdAt/updatedAt and few indexes: every index costs on each insert of the hot path.
  timestamps: false,
  fields: [
    { name: 'clickId', type: 'text', required: true, unique: true, index: true, admin: { description: 'Sent to the destination as fw_click.' } },
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'linkId', type: 'number', required: true },
    { name: 'code', type: 'text', required: true },
    { name: 'campaignKey', type: 'text' },
    { name: 'channel', type: 'text' },
    { name: 'contentType', type: 'text' },
    { name: 'contentId', type: 'number' },
    { name: 'human', type: 'checkbox', required: true, defaultValue: true },
    { name: 'botReason', type: 'select', options: [...BOT_REASONS] },
    { name: 'referrer', type: 'text' },
    { name: 'userAgent', type: 'text' },
    { name: 'visitorId', type: 'text', admin: { description: 'A hash of the day\'s salt, IP address, user agent and site; no IP address is stored.' } },
    { name: 'deliveryId', type: 'number', admin: { description: 'The email delivery the link was in (?d= on links in newsletters).' } },
    { name: 'channelGroup', type: 'text', admin: { description: "GA4 default channel group of the link's UTM values." } },
  ],
}
