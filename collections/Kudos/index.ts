import type { CollectionConfig } from 'payload'

import { authenticated } from '../../src/access/authenticated'
import { hasAnyRole } from '../../src/access/hasAnyRole'
import { isAdminOrGiver } from '../../src/access/isAdminOrGiver'
import { nobody } from '../../src/access/nobody'
import { CONTENT_COLLECTIONS } from '../../src/content/content-collection'
import { awardKudos, reverseKudos } from './hooks/award-kudos'
import { checkKudos } from './hooks/check-kudos'

/**
 * Peer recognition: a team member gives kudos on a content item; its authors earn kudos.received
 * weighted by the giver's standing. One per person per item, none on one's own content; deleting a
 * kudos reverses what it earned.
 */
export const Kudos: CollectionConfig<'kudos'> = {
  slug: 'kudos',
  labels: { singular: 'Kudos', plural: 'Kudos' },
  typescript: { interface: 'Kudos' },
  admin: { group: 'Team', defaultColumns: ['giver', 'item', 'weight', 'createdAt'] },
  access: { read: authenticated, create: hasAnyRole, update: nobody, delete: isAdminOrGiver },
  hooks: { beforeChange: [checkKudos], afterChange: [awardKudos], afterDelete: [reverseKudos] },
  fields: [
    { name: 'giver', type: 'relationship', relationTo: 'users', index: true, admin: { readOnly: true, description: 'The signed-in user who gave it.' } },
    { name: 'item', type: 'relationship', relationTo: [...CONTENT_COLLECTIONS], required: true },
    { name: 'weight', type: 'number', admin: { readOnly: true, description: "By the giver's standing (team-growth-settings)." } },
    { name: 'note', type: 'textarea', maxLength: 280 },
    { name: 'dedupeKey', type: 'text', unique: true, admin: { hidden: true } },
  ],
  timestamps: true,
}
