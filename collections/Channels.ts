import type { CollectionConfig, Field } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCampaigns } from '../src/access/canManageCampaigns'
import { isAdminField } from '../src/access/isAdmin'
import { CHANNEL_KINDS, SOCIAL_NETWORKS, type ChannelKind } from '../src/distribution/kinds'
import { newWebhookSecret } from '../src/distribution/webhook/secret'
import { slugField } from '../src/fields/slug'

const group = (kind: ChannelKind, fields: Field[]): Field => ({ name: kind, type: 'group', admin: { condition: (data) => data?.kind === kind }, fields })

/**
 * Where distributions go: an email newsletter, a signed webhook, a feed, a social/ad/partner placement
 * or a conference. Each kind's settings are a group of their own; its adapter lives in
 * src/distribution/channels/<kind>.ts. The cost feeds the attribution reports.
 */
export const Channels: CollectionConfig<'channels'> = {
  slug: 'channels',
  admin: { group: 'Distribution', useAsTitle: 'name', defaultColumns: ['name', 'kind', 'slug'] },
  access: { read: authenticated, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    slugField('name'),
    { name: 'kind', type: 'select', required: true, options: [...CHANNEL_KINDS], admin: { position: 'sidebar' } },
    group('email', [
      { name: 'fromName', type: 'text', maxLength: 120 },
      { name: 'fromAddress', type: 'email', admin: { description: 'Defaults to the MAIL_FROM address.' } },
      { name: 'replyTo', type: 'email' },
      { name: 'smtpUrl', label: 'SMTP URL', type: 'text', access: { read: isAdminField }, admin: { description: 'smtp(s)://user:pass@host:port; empty: SMTP_URL of the server.' } },
      { name: 'batchSize', type: 'number', min: 1, max: 1000, defaultValue: 50 },
      { name: 'concurrency', type: 'number', min: 1, max: 20, defaultValue: 2 },
      { name: 'ratePerMinute', type: 'number', min: 1, max: 100_000, defaultValue: 600 },
    ]),
    group('webhook', [
      {
        name: 'url',
        type: 'text',
        maxLength: 2000,
        validate: (value: unknown, { data }: { data: { kind?: string } }) =>
          data?.kind !== 'webhook' || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value)) ? true : 'The receiver: an http(s) URL',
      },
      {
        name: 'secret',
        type: 'text',
        access: { read: isAdminField, update: isAdminField },
        hooks: { beforeChange: [({ value, data }) => (data?.kind === 'webhook' && !value ? newWebhookSecret() : value)] },
        admin: { readOnly: true, description: 'Signs every delivery (Flywheel-Signature header); generated.' },
      },
      { name: 'timeoutMs', type: 'number', min: 100, max: 60_000, defaultValue: 10_000 },
    ]),
    group('feed', [
      { name: 'description', type: 'textarea', maxLength: 500 },
      { name: 'items', type: 'number', min: 1, max: 200, defaultValue: 50 },
    ]),
    group('social', [
      { name: 'network', type: 'select', options: Object.entries(SOCIAL_NETWORKS).map(([value, n]) => ({ value, label: n.label })), defaultValue: 'linkedin' },
      { name: 'account', type: 'text', maxLength: 200, admin: { description: 'The page, handle or partner site it is posted on.' } },
    ]),
    group('conference', [
      { name: 'event', type: 'text', maxLength: 200 },
      { name: 'location', type: 'text', maxLength: 200, admin: { description: 'Booth, room or talk.' } },
      { name: 'startsAt', type: 'date' },
    ]),
    {
      name: 'cost',
      type: 'group',
      admin: { description: 'What the channel costs; attribution reports compute cost per lead and ROI from it.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'amount', type: 'number', min: 0 },
            { name: 'per', type: 'select', options: ['send', 'month', 'placement'], defaultValue: 'month' },
            { name: 'currency', type: 'text', maxLength: 3, defaultValue: 'USD' },
          ],
        },
      ],
    },
  ],
}
