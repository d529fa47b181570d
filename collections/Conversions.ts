import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'
import { growthAfterRefund } from '../src/growth/team/hooks/conversion-refunded'

/**
 * Server-side conversions from POST /v1/conversions (lead, signup, sdk_integrated, dashboard_viewed,
 * purchase, or any name), written before the request is answered. `dedupeKey` (source:idempotencyKey)
 * is unique: a repeated request returns the first answer and stores nothing new.
 */
export const Conversions: CollectionConfig<'conversions'> = {
  slug: 'conversions',
  admin: { group: 'Attribution', useAsTitle: 'event', defaultColumns: ['at', 'event', 'email', 'revenue', 'currency'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  // A refund takes back the growth value its conversion earned the authors of credited content.
  hooks: { afterChange: [growthAfterRefund] },
  fields: [
    { name: 'dedupeKey', type: 'text', required: true, unique: true, index: true },
    { name: 'sourceId', type: 'number', required: true },
    { name: 'idempotencyKey', type: 'text', required: true },
    { name: 'event', type: 'text', required: true, index: true },
    { name: 'at', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'clickId', type: 'text', index: true },
    { name: 'anonymousId', type: 'text' },
    { name: 'userId', type: 'text' },
    { name: 'email', type: 'email', index: true },
    { name: 'accountDomain', type: 'text' },
    { name: 'revenue', type: 'number', min: 0 },
    { name: 'currency', type: 'text', maxLength: 3 },
    { name: 'properties', type: 'json' },
    { name: 'contactId', type: 'number', index: true, admin: { readOnly: true, description: 'The contact it was stitched to (set when it is credited).' } },
  ],
}
