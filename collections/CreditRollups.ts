import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'
import { CREDIT_DIMENSIONS } from '../src/attribution/rollups/keys'

/**
 * Credits summed per UTC day × model × conversion name × dimension × group key, kept in step with
 * `attribution-credits` in the same transaction (src/attribution/rollups), so a report over whole days
 * reads a few thousand rows instead of every credit. Rebuilt from the credits by the recompute job.
 */
export const CreditRollups: CollectionConfig<'credit-rollups'> = {
  slug: 'credit-rollups',
  admin: { group: 'Attribution', hidden: true },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  indexes: [{ fields: ['model', 'dimension', 'day', 'conversionEvent', 'key'], unique: true }],
  fields: [
    { name: 'day', type: 'text', required: true },
    // Text, not select: rollups are written by INSERT … SELECT, and PostgreSQL enums of two tables do not cast.
    { name: 'model', type: 'text', required: true },
    { name: 'conversionEvent', type: 'text', required: true },
    { name: 'dimension', type: 'text', required: true, admin: { description: CREDIT_DIMENSIONS.join(', ') } },
    { name: 'key', type: 'text', required: true },
    { name: 'touches', type: 'number', required: true },
    { name: 'conversions', type: 'number', required: true },
    { name: 'revenue', type: 'number', required: true },
  ],
}
