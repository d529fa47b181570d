import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCampaigns } from '../src/access/canManageCampaigns'

/** A hand-made list of contacts (event attendees, a partner's list) that distributions can target. */
export const ContactLists: CollectionConfig<'contact-lists'> = {
  slug: 'contact-lists',
  admin: { group: 'Audience', useAsTitle: 'name' },
  access: { read: authenticated, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'description', type: 'textarea', maxLength: 500 },
    { name: 'contacts', type: 'relationship', relationTo: 'contacts', hasMany: true },
  ],
}
