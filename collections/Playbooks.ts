import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCampaigns } from '../src/access/canManageCampaigns'
import { CONTENT_COLLECTIONS } from '../src/content/content-collection'

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const

/**
 * How the team works one growth layer: the goal, the content to recommend, the channels to reach it
 * on and how often. Distributions that choose a playbook target its layer and channels
 * (collections/Distributions/hooks/apply-playbook.ts); contentForLayer lists its content first.
 */
export const Playbooks: CollectionConfig<'playbooks'> = {
  slug: 'playbooks',
  admin: { group: 'Growth', useAsTitle: 'name', defaultColumns: ['name', 'layer', 'cadence'] },
  access: { read: authenticated, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'layer', type: 'relationship', relationTo: 'growth-layers', required: true, unique: true, index: true, admin: { description: 'One playbook per layer.' } },
    { name: 'goal', type: 'textarea', maxLength: 1000, admin: { description: 'What moving this layer up means, e.g. "integrate the SDK within 14 days".' } },
    {
      name: 'recommendedContent',
      type: 'relationship',
      relationTo: [...CONTENT_COLLECTIONS],
      hasMany: true,
      maxRows: 20,
      admin: { description: 'In order: contentForLayer lists these first.' },
    },
    { name: 'channels', type: 'relationship', relationTo: 'channels', hasMany: true, maxRows: 20 },
    { name: 'cadence', type: 'select', options: [...CADENCES], defaultValue: 'monthly' },
  ],
}
