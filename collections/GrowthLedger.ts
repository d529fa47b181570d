import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'
import { ownGrowth } from '../src/access/ownGrowth'

/**
 * The team's growth value as an append-only ledger (rule, delta, actor, source, time), written only by
 * src/growth/team/ledger.ts. Users' cached `growth` is recomputed from it; a reversal is a
 * counter-entry (`reverses`, unique: an entry is reversed at most once, even concurrently), never an
 * edit. `dedupeKey` and `capSlot` are unique keys that make the non-repeatable and cap checks hold
 * under concurrent awards.
 */
export const GrowthLedger: CollectionConfig<'growth-ledger'> = {
  slug: 'growth-ledger',
  admin: { group: 'Team', defaultColumns: ['at', 'user', 'rule', 'delta', 'source'] },
  access: { read: ownGrowth('user'), create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  defaultSort: '-at',
  // Caps and tasks count a user's grants of one rule in a period; rankings sum a period.
  indexes: [{ fields: ['user', 'rule', 'at'] }, { fields: ['user', 'rule', 'source'] }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'rule', type: 'text', required: true, index: true },
    { name: 'delta', type: 'number', required: true },
    { name: 'units', type: 'number', required: true, defaultValue: 1 },
    { name: 'actor', type: 'relationship', relationTo: 'users' },
    { name: 'source', type: 'text', required: true, index: true, maxLength: 200 },
    { name: 'detail', type: 'text', maxLength: 200 },
    { name: 'at', type: 'date', required: true, index: true },
    { name: 'reverses', type: 'relationship', relationTo: 'growth-ledger', unique: true, admin: { description: 'The entry this counter-entry reverses.' } },
    { name: 'reason', type: 'text', maxLength: 200, admin: { description: 'Why the entry was reversed.' } },
    { name: 'dedupeKey', type: 'text', unique: true, admin: { hidden: true } },
    { name: 'capSlot', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
