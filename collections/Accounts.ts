import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCampaigns } from '../src/access/canManageCampaigns'
import { DOMAIN_NAME } from '../src/fields/domain'
import { layerStandingFields } from '../src/fields/layer-standing'

export const ACCOUNT_SIZES = ['1-49', '50-249', '250-999', '1000+'] as const

/** A company (B2B): contacts join it by their email domain (free-mail excluded) or an explicit accountDomain. */
export const Accounts: CollectionConfig<'accounts'> = {
  slug: 'accounts',
  admin: { group: 'Audience', useAsTitle: 'name', defaultColumns: ['name', 'domain', 'industry', 'keyAccount'] },
  access: { read: authenticated, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    {
      name: 'domain',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)] },
      validate: (value: unknown) => (typeof value === 'string' && DOMAIN_NAME.test(value) ? true : 'A domain such as bank.example'),
    },
    { name: 'industry', type: 'relationship', relationTo: 'industries' },
    { name: 'size', type: 'select', options: [...ACCOUNT_SIZES] },
    { name: 'keyAccount', type: 'checkbox', defaultValue: false, index: true },
    // The combined behaviour of all its contacts (src/growth/layers).
    ...layerStandingFields({ withLayer: true }),
  ],
}
