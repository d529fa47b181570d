import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { nobody } from '../src/access/nobody'

export const IDENTITY_KINDS = ['anonymous', 'user', 'email', 'click'] as const
export type IdentityKind = (typeof IDENTITY_KINDS)[number]

/** `<kind>:<value>` → contact. Written by the stitcher only. */
export const Identities: CollectionConfig<'identities'> = {
  slug: 'identities',
  admin: { group: 'Audience', useAsTitle: 'key', defaultColumns: ['key', 'contactId'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  timestamps: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'contactId', type: 'number', required: true, index: true },
  ],
}
