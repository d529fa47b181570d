import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCampaigns } from '../src/access/canManageCampaigns'

/**
 * A person. Created and stitched from identify, alias and conversions (src/attribution/identity);
 * their anonymous ids, user ids, emails and click ids live in `identities`, so merging two contacts
 * re-points identities and every event stays theirs.
 */
export const Contacts: CollectionConfig<'contacts'> = {
  slug: 'contacts',
  admin: { group: 'Audience', useAsTitle: 'email', defaultColumns: ['email', 'name', 'account', 'lastSeenAt'] },
  access: { read: authenticated, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  fields: [
    { name: 'email', type: 'email', unique: true, index: true },
    { name: 'name', type: 'text', maxLength: 200 },
    { name: 'jobTitle', label: 'Role', type: 'text', maxLength: 200 },
    { name: 'account', type: 'relationship', relationTo: 'accounts', index: true },
    {
      name: 'layer',
      label: 'Growth layer',
      type: 'relationship',
      relationTo: 'growth-layers',
      index: true,
      admin: { description: 'Where the contact stands; attribution reports group conversions by the layer the contact was in when converting.' },
    },
    {
      name: 'consent',
      type: 'group',
      fields: [
        { name: 'email', label: 'Email marketing', type: 'checkbox', defaultValue: false },
        { name: 'tracking', label: 'Analytics tracking', type: 'checkbox', defaultValue: true },
        { name: 'updatedAt', type: 'date' },
      ],
    },
    { name: 'traits', type: 'json' },
    { name: 'firstSeenAt', type: 'date' },
    { name: 'lastSeenAt', type: 'date', index: true },
  ],
}
