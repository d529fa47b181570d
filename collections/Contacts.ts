import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCampaigns } from '../src/access/canManageCampaigns'
import { isValidTimeZone } from '../src/distribution/schedule/local-time'
import { layerStandingFields } from '../src/fields/layer-standing'

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
      admin: {
        readOnly: true,
        description: 'Where the contact stands, set by the growth-layer rules; attribution reports group conversions by the layer the contact was in when converting.',
      },
    },
    ...layerStandingFields({ withLayer: false }),
    {
      name: 'consent',
      type: 'group',
      fields: [
        { name: 'email', label: 'Email marketing', type: 'checkbox', defaultValue: false },
        { name: 'tracking', label: 'Analytics tracking', type: 'checkbox', defaultValue: true },
        { name: 'updatedAt', type: 'date' },
      ],
    },
    {
      name: 'timeZone',
      type: 'text',
      maxLength: 64,
      validate: (value: unknown) => (value == null || value === '' || (typeof value === 'string' && isValidTimeZone(value)) ? true : 'An IANA time zone such as Europe/Berlin'),
      admin: { description: 'For sends at a local time (e.g. 09:00 in the recipient\'s own time zone).' },
    },
    {
      name: 'suppression',
      type: 'group',
      admin: { description: 'Set by one-click unsubscribes and bounces; a suppressed contact gets no email.' },
      fields: [
        { name: 'unsubscribedAt', type: 'date' },
        { name: 'bouncedAt', type: 'date' },
        { name: 'reason', type: 'text', maxLength: 500 },
      ],
    },
    { name: 'traits', type: 'json' },
    { name: 'firstSeenAt', type: 'date' },
    { name: 'lastSeenAt', type: 'date', index: true },
  ],
}
