import type { GlobalConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { isAdmin } from '../src/access/isAdmin'
import { DEFAULT_CURRENCY, DEFAULT_PAYING_LAYER, DEFAULT_SUB_TIERS } from '../src/growth/layers/defaults'
import { queueLayersOnSettingsChange } from '../src/growth/layers/queue-recompute'
import { SUB_TIERS, tiersProblem, type TierRule } from '../src/growth/layers/rules'

/**
 * How paying subjects are subdivided and in which currency revenue counts. Dormancy is not here: it is
 * the dormant layer's own rule (inactive days, overriding the others) in Growth → Growth layers.
 * Saving a change recomputes every layer in the background.
 */
export const LayerSettings: GlobalConfig<'layer-settings'> = {
  slug: 'layer-settings',
  label: 'Layer settings',
  admin: { group: 'Growth' },
  access: { read: authenticated, update: isAdmin },
  hooks: { afterChange: [queueLayersOnSettingsChange] },
  fields: [
    {
      name: 'payingLayer',
      label: 'Paying layer (slug)',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_PAYING_LAYER,
      maxLength: 96,
      admin: { description: 'Subjects in this layer get a sub-tier by their revenue to date.' },
    },
    {
      name: 'currency',
      label: 'Reporting currency',
      type: 'text',
      required: true,
      defaultValue: DEFAULT_CURRENCY,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value)] },
      validate: (value: unknown) => (typeof value === 'string' && /^[A-Z]{3}$/.test(value) ? true : 'A three-letter ISO 4217 code such as USD'),
      admin: {
        description:
          'Revenue to date counts purchases and refunds in this currency (and those sent without one). Conversions in another currency are left out of revenue; they still count as purchases.',
      },
    },
    {
      name: 'subTiers',
      label: 'Paying sub-tiers',
      type: 'array',
      defaultValue: DEFAULT_SUB_TIERS,
      admin: { description: 'Lowest first. A tier matches when revenue to date ≥ its minimum revenue OR purchases ≥ its minimum purchases; the highest matching tier wins.' },
      validate: (rows: unknown) => tiersProblem((Array.isArray(rows) ? rows : []) as Partial<TierRule>[]) ?? true,
      fields: [
        { name: 'slug', type: 'select', required: true, options: [...SUB_TIERS] },
        { name: 'name', type: 'text', required: true, maxLength: 80 },
        { name: 'minRevenue', label: 'Minimum revenue', type: 'number', min: 0 },
        { name: 'minPurchases', label: 'Minimum purchases', type: 'number', min: 1 },
      ],
    },
  ],
}
