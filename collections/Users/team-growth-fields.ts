import type { Field } from 'payload'

import { isAdminField } from '../../src/access/isAdmin'

/**
 * The team growth system on a user: team (rankings), team lead (weightier kudos) and the cached
 * growth that src/growth/team/recompute-growth.ts maintains from the ledger. Only admins change
 * team, lead and growth.
 */
export const teamGrowthFields: Field[] = [
  { name: 'team', type: 'text', maxLength: 60, index: true, access: { create: isAdminField, update: isAdminField }, admin: { position: 'sidebar' } },
  {
    name: 'teamLead',
    type: 'checkbox',
    defaultValue: false,
    saveToJWT: true,
    access: { create: isAdminField, update: isAdminField },
    admin: { position: 'sidebar', description: "A lead's kudos count more." },
  },
  {
    name: 'growth',
    type: 'group',
    // Server-maintained from the growth ledger (an admin's correction lasts until the next ledger change).
    access: { create: isAdminField, update: isAdminField },
    admin: { readOnly: true, position: 'sidebar', description: 'Recomputed from the growth ledger.' },
    fields: [
      { name: 'value', type: 'number', defaultValue: 0 },
      { name: 'level', type: 'number', defaultValue: 1 },
      { name: 'levelSince', type: 'date' },
      { name: 'lastActivityAt', type: 'date' },
    ],
  },
]
