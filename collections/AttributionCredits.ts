import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'
import { MODELS } from '../src/attribution/models/credit'

/**
 * One row per conversion × touchpoint × attribution model, with the share of the conversion and of
 * its revenue that the touch earns, written when the conversion arrives (src/attribution/credit), so
 * reports are plain sums. Flat columns for batch inserts and aggregate queries.
 */
export const AttributionCredits: CollectionConfig<'attribution-credits'> = {
  slug: 'attribution-credits',
  admin: { group: 'Attribution', defaultColumns: ['conversionAt', 'conversionEvent', 'model', 'campaignKey', 'channel', 'weight'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  // Reports filter by model and period.
  indexes: [{ fields: ['model', 'conversionAt'] }],
  fields: [
    { name: 'conversionId', type: 'number', required: true, index: true },
    { name: 'conversionEvent', type: 'text', required: true },
    { name: 'conversionAt', type: 'date', required: true },
    { name: 'model', type: 'select', required: true, options: [...MODELS] },
    { name: 'contactId', type: 'number' },
    { name: 'accountId', type: 'number' },
    { name: 'layer', type: 'text', admin: { description: "The slug of the contact's growth layer at conversion time." } },
    { name: 'touchAt', type: 'date', required: true },
    { name: 'touchKind', type: 'select', required: true, options: ['click', 'visit'] },
    { name: 'direct', type: 'checkbox', required: true, defaultValue: false },
    { name: 'clickId', type: 'text' },
    { name: 'linkId', type: 'number' },
    { name: 'campaignKey', type: 'text' },
    { name: 'channel', type: 'text' },
    { name: 'contentType', type: 'text' },
    { name: 'contentId', type: 'number' },
    { name: 'weight', type: 'number', required: true },
    { name: 'revenue', type: 'number' },
    { name: 'currency', type: 'text' },
  ],
}
