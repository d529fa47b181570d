import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/nobody'

/**
 * One random salt per UTC day for anonymous visitor ids (src/attribution/visitors): yesterday's, today's
 * and tomorrow's exist; older ones are deleted, so yesterday's visitor ids can no longer be recomputed
 * from an IP address and user agent. Nobody reads them over the API.
 */
export const VisitorSalts: CollectionConfig<'visitor-salts'> = {
  slug: 'visitor-salts',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'day', type: 'text', required: true, unique: true, index: true },
    { name: 'salt', type: 'text', required: true },
  ],
}
