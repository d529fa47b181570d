import type { CollectionConfig } from 'payload'

import { canManageCampaigns } from '../src/access/canManageCampaigns'
import { isAdmin, isAdminField } from '../src/access/isAdmin'
import { newSecretKey, newWriteKey } from '../src/attribution/sources/keys'
import { SourceKeys } from '../src/attribution/sources/lookup'
import { rotateKeyEndpoint } from '../src/attribution/sources/rotate-endpoint'

/**
 * Where events come from (a website, an app, a back end). The public write key authenticates
 * `/v1/events` (it ships in browsers); the secret key authenticates server-side `/v1/conversions`.
 * Keys are generated, shown read-only, and changed only by rotation (POST /api/sources/:id/rotate).
 */
export const Sources: CollectionConfig<'sources'> = {
  slug: 'sources',
  admin: { group: 'Attribution', useAsTitle: 'name', defaultColumns: ['name', 'kind', 'writeKey', 'updatedAt'] },
  access: { read: canManageCampaigns, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [rotateKeyEndpoint],
  hooks: { afterChange: [() => SourceKeys.forgetAll()], afterDelete: [() => SourceKeys.forgetAll()] },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'website',
      options: [
        { label: 'Website (t.js)', value: 'website' },
        { label: 'App', value: 'app' },
        { label: 'Server', value: 'server' },
      ],
    },
    {
      name: 'writeKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, description: 'Public: Authorization: Bearer <write key> on /v1/events, or writeKey in the body.' },
      access: { create: () => false, update: () => false },
      hooks: { beforeChange: [({ value, operation }) => (operation === 'create' ? newWriteKey() : value)] },
    },
    {
      name: 'secretKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, description: 'Secret: for server-side conversions only. Visible to admins.' },
      access: { read: isAdminField, create: () => false, update: () => false },
      hooks: { beforeChange: [({ value, operation }) => (operation === 'create' ? newSecretKey() : value)] },
    },
  ],
}
