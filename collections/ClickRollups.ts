import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'
import { CLICK_DIMENSIONS } from '../src/attribution/rollups/keys'

/**
 * Human clicks per UTC day × dimension × group key, added in the same transaction as each batch of
 * clicks (src/attribution/routes.ts), so reports over whole days do not count the clicks table.
 */
export const ClickRollups: CollectionConfig<'click-rollups'> = {
  slug: 'click-rollups',
  admin: { group: 'Attribution', hidden: true },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  indexes: [{ fields: ['dimension', 'day', 'key'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true },
    { name: 'dimension', type: 'text', required: true, admin: { description: CLICK_DIMENSIONS.join(', ') } },
    { name: 'key', type: 'text', required: true },
    { name: 'clicks', type: 'number', required: true },
  ],
}
