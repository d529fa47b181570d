import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { isAdmin } from '../src/access/isAdmin'
import { slugField } from '../src/fields/slug'

export const MEDAL_CRITERIA = ['rule-count', 'level', 'series', 'kudos'] as const

/**
 * Medals and the titles they carry (a user's title is their latest medal's). Criteria are data,
 * evaluated after every ledger change (src/growth/team/medals.ts): active grants of a rule, a level,
 * completed steps of a task series, or kudos weight received.
 */
export const Medals: CollectionConfig<'medals'> = {
  slug: 'medals',
  admin: { group: 'Team', useAsTitle: 'name', defaultColumns: ['name', 'title', 'slug', 'active'] },
  access: { read: authenticated, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80 },
    slugField('name'),
    { name: 'title', type: 'text', maxLength: 80, admin: { description: 'Shown beside the name of whoever earned this medal last.' } },
    { name: 'description', type: 'textarea', maxLength: 500 },
    {
      name: 'criteria',
      type: 'group',
      fields: [
        { name: 'kind', type: 'select', required: true, defaultValue: 'rule-count', options: [...MEDAL_CRITERIA] },
        {
          name: 'rule',
          type: 'text',
          maxLength: 64,
          validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) => (siblingData?.kind !== 'rule-count' || value ? true : 'a rule-count medal names a rule key'),
          admin: { condition: (_, sibling) => sibling?.kind === 'rule-count' },
        },
        {
          name: 'series',
          type: 'text',
          maxLength: 64,
          validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) => (siblingData?.kind !== 'series' || value ? true : 'a series medal names a task series'),
          admin: { condition: (_, sibling) => sibling?.kind === 'series' },
        },
        { name: 'min', type: 'number', required: true, min: 1, defaultValue: 1, admin: { description: 'Grants, level, completed steps or kudos weight needed.' } },
      ],
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
  ],
}
