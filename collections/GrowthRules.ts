import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { isAdmin } from '../src/access/isAdmin'
import { PERIODS } from '../src/growth/team/periods'
import { forgetGrowthRules } from '../src/growth/team/rules'

/**
 * What the team earns growth value for: rules are data (Discourse badges, Oasis caps), edited by admins
 * and read by src/growth/team/ledger.ts. The ledger keeps the rule's key, so a rule is never deleted
 * while entries name it: deactivate it instead.
 */
export const GrowthRules: CollectionConfig<'growth-rules'> = {
  slug: 'growth-rules',
  admin: { group: 'Team', useAsTitle: 'key', defaultColumns: ['key', 'label', 'points', 'repeatable', 'active'] },
  access: { read: authenticated, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [() => forgetGrowthRules()], afterDelete: [() => forgetGrowthRules()] },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 64,
      validate: (value: unknown) => (typeof value === 'string' && /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/.test(value) ? true : 'key is dotted lower-case words, e.g. content.published'),
    },
    { name: 'label', type: 'text', required: true, maxLength: 120 },
    {
      name: 'points',
      type: 'number',
      required: true,
      min: -1000,
      max: 1000,
      validate: (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value !== 0 ? true : 'points is a non-zero number (growth value per unit)'),
      admin: { description: 'Growth value per unit (a kudos from a lead is 2 units, a task reward is its points in units).' },
    },
    {
      name: 'cap',
      type: 'group',
      admin: { description: 'At most `limit` grants of this rule per user in each UTC day, week or month. Empty: no cap.' },
      fields: [
        { name: 'period', type: 'select', options: [...PERIODS] },
        {
          name: 'limit',
          type: 'number',
          min: 1,
          max: 100_000,
          validate: (value: unknown, { siblingData }: { siblingData: { period?: string | null } }) =>
            (value === null || value === undefined) === !siblingData?.period ? true : 'a cap needs both a period and a limit',
        },
      ],
    },
    { name: 'repeatable', type: 'checkbox', defaultValue: false, admin: { description: 'Off: one grant per user and source until it is reversed.' } },
    { name: 'selfAllowed', type: 'checkbox', defaultValue: true, admin: { description: 'Off: no grant when the actor is the user (e.g. kudos).' } },
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
}
