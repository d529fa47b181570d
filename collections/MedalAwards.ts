import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'

/** Who earned which medal, once (user + medal unique), written by src/growth/team/medals.ts. */
export const MedalAwards: CollectionConfig<'medal-awards'> = {
  slug: 'medal-awards',
  admin: { group: 'Team', defaultColumns: ['user', 'medal', 'at'] },
  // Medals are public within the team (rankings show them).
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  indexes: [{ fields: ['user', 'medal'], unique: true }],
  fields: [
    { name: 'user', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'medal', type: 'relationship', relationTo: 'medals', required: true },
    { name: 'at', type: 'date', required: true },
    { name: 'source', type: 'text', maxLength: 200, admin: { description: 'What completed the criteria (rule or task).' } },
  ],
}
