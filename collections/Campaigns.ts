import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCampaigns } from '../src/access/canManageCampaigns'
import { CONTENT_COLLECTIONS } from '../src/content/content-collection'
import { slugify } from '../src/fields/slug'
import { industriesField, targetLayersField } from '../src/fields/taxonomy'

export const CAMPAIGN_GOALS = ['acquire', 'activate', 'retain', 'convert', 'recall'] as const
export const LIFECYCLE_STAGES = ['introduction', 'growth', 'maturity', 'dormancy', 'decline'] as const

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value[0].toUpperCase() + value.slice(1) }))

export const Campaigns: CollectionConfig<'campaigns'> = {
  slug: 'campaigns',
  admin: { group: 'Marketing', useAsTitle: 'name', defaultColumns: ['name', 'key', 'goal', 'startsAt', 'endsAt'] },
  access: { read: authenticated, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      maxLength: 100,
      admin: { description: 'Sent as utm_campaign on every tracked link of this campaign.' },
      hooks: { beforeValidate: [({ value, data }) => slugify(String(value || data?.name || ''))] },
      validate: (value: unknown) => (typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value) ? true : 'Use lower-case letters, digits and dashes'),
    },
    { name: 'goal', type: 'select', required: true, options: options(CAMPAIGN_GOALS) },
    { name: 'lifecycleStage', label: 'Product lifecycle stage', type: 'select', required: true, options: options(LIFECYCLE_STAGES) },
    industriesField('targetIndustries'),
    targetLayersField(),
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true },
        {
          name: 'endsAt',
          type: 'date',
          validate: (value: unknown, { siblingData }: { siblingData: { startsAt?: string } }) =>
            !value || !siblingData.startsAt || new Date(value as string) >= new Date(siblingData.startsAt) ? true : 'The end is before the start',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'budget', type: 'number', min: 0 },
        { name: 'currency', type: 'text', defaultValue: 'USD', maxLength: 3, validate: (v: unknown) => (!v || /^[A-Z]{3}$/.test(String(v)) ? true : 'An ISO 4217 code such as USD') },
      ],
    },
    { name: 'content', label: 'Promoted content', type: 'relationship', relationTo: [...CONTENT_COLLECTIONS], hasMany: true },
  ],
}
