import type { CollectionConfig } from 'payload'

import { authenticated } from '../../src/access/authenticated'
import { canManageCampaigns } from '../../src/access/canManageCampaigns'
import { CONTENT_COLLECTIONS } from '../../src/content/content-collection'
import { DISTRIBUTION_STATUSES } from '../../src/distribution/kinds'
import { isValidTimeZone } from '../../src/distribution/schedule/local-time'
import { distributionEndpoints } from '../../src/distribution/endpoints'
import { applyPlaybook } from './hooks/apply-playbook'
import { growthAfterDistributionChange } from '../../src/growth/team/hooks/distribution-sent'
import { guardStatus } from './hooks/guard-status'
import { queueOnSchedule } from './hooks/queue-on-schedule'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/**
 * One content item (or a digest of several) × one or more channels × an audience × a schedule, with
 * per-channel variants. Saving it as `scheduled` queues the `sendDistribution` job; sending, progress
 * and the outcome are written by the job (src/distribution/run/). Approve and cancel are endpoints.
 */
export const Distributions: CollectionConfig<'distributions'> = {
  slug: 'distributions',
  admin: { group: 'Distribution', useAsTitle: 'title', defaultColumns: ['title', 'status', 'sentCount', 'totalCount', 'updatedAt'] },
  access: { read: authenticated, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  endpoints: distributionEndpoints,
  hooks: { beforeValidate: [applyPlaybook], beforeChange: [guardStatus], afterChange: [queueOnSchedule, growthAfterDistributionChange] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    { name: 'content', type: 'relationship', relationTo: [...CONTENT_COLLECTIONS], hasMany: true, required: true, maxRows: 20, admin: { description: 'One item, or several for a digest.' } },
    { name: 'channels', type: 'relationship', relationTo: 'channels', hasMany: true, required: true, maxRows: 20 },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', admin: { description: 'Its key becomes utm_campaign on every tracked link.' } },
    {
      name: 'playbook',
      type: 'relationship',
      relationTo: 'playbooks',
      admin: { description: "A layer's playbook: when the audience has no layers or the distribution no channels, the playbook's are used." },
    },
    {
      name: 'audience',
      type: 'group',
      admin: { description: 'Who receives emails: all subscribers, or contacts in any of the layers, industries, accounts or lists below. Unsubscribed, bounced and no-consent contacts never do.' },
      fields: [
        { name: 'allSubscribers', type: 'checkbox', defaultValue: false },
        { name: 'layers', type: 'relationship', relationTo: 'growth-layers', hasMany: true },
        { name: 'industries', type: 'relationship', relationTo: 'industries', hasMany: true },
        { name: 'accounts', type: 'relationship', relationTo: 'accounts', hasMany: true },
        { name: 'lists', type: 'relationship', relationTo: 'contact-lists', hasMany: true },
      ],
    },
    {
      name: 'variants',
      type: 'array',
      admin: { description: 'Per channel: subject, preheader, copy, image and call to action. A channel without a variant uses the content itself.' },
      fields: [
        { name: 'channel', type: 'relationship', relationTo: 'channels', required: true },
        { name: 'subject', type: 'text', maxLength: 200 },
        { name: 'preheader', type: 'text', maxLength: 200 },
        { name: 'copy', type: 'textarea', maxLength: 5000, admin: { description: 'Intro of an email, body of a post or placement.' } },
        { name: 'image', type: 'upload', relationTo: 'media' },
        { type: 'row', fields: [{ name: 'ctaLabel', label: 'Call to action', type: 'text', maxLength: 80 }, { name: 'ctaUrl', type: 'text', maxLength: 2000 }] },
      ],
    },
    {
      name: 'schedule',
      type: 'group',
      fields: [
        { name: 'mode', type: 'select', required: true, defaultValue: 'now', options: [{ value: 'now', label: 'Send now' }, { value: 'at', label: 'At a time' }, { value: 'local', label: "At a local time in each recipient's time zone" }] },
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, condition: (_, s) => s?.mode === 'at' } },
        {
          name: 'timeZone',
          type: 'text',
          defaultValue: 'UTC',
          validate: (value: unknown) => (value == null || value === '' || (typeof value === 'string' && isValidTimeZone(value)) ? true : 'An IANA time zone such as Asia/Shanghai'),
          admin: { description: "For local sends: the zone of recipients without one. For weekly digests: the digest's zone." },
        },
        {
          name: 'localTime',
          type: 'text',
          defaultValue: '09:00',
          validate: (value: unknown) => (value == null || value === '' || (typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value)) ? true : 'HH:MM, e.g. 09:00'),
        },
        { name: 'repeat', type: 'select', defaultValue: 'none', options: [{ value: 'none', label: 'Once' }, { value: 'weekly', label: 'Weekly digest' }] },
        { name: 'weekday', type: 'select', options: WEEKDAYS.map((d, i) => ({ value: String(i), label: d })), admin: { condition: (_, s) => s?.repeat === 'weekly' } },
      ],
    },
    {
      name: 'approval',
      type: 'group',
      admin: { position: 'sidebar', description: 'Audiences above the approval threshold (Distribution settings) need another marketer or an admin to approve.' },
      fields: [
        { name: 'approvedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'approvedAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar', readOnly: true } },
    { name: 'status', type: 'select', required: true, defaultValue: 'draft', options: [...DISTRIBUTION_STATUSES], index: true, admin: { position: 'sidebar' } },
    {
      name: 'progress',
      type: 'group',
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'nextRunAt', type: 'date', index: true },
        { name: 'startedAt', type: 'date' },
        { name: 'finishedAt', type: 'date' },
        { name: 'occurrence', type: 'number', defaultValue: 0, admin: { description: 'Which send of a weekly digest this is (0 for a one-off).' } },
        { name: 'plannedOccurrence', type: 'number', admin: { description: 'The occurrence whose deliveries are all queued.' } },
        { name: 'heartbeatAt', type: 'date', admin: { description: 'Written by the send job while it runs; a stale one means its worker died.' } },
        { name: 'lastError', type: 'text' },
      ],
    },
    { name: 'sentCount', type: 'number', defaultValue: 0, admin: { position: 'sidebar', readOnly: true } },
    { name: 'failedCount', type: 'number', defaultValue: 0, admin: { position: 'sidebar', readOnly: true } },
    { name: 'totalCount', type: 'number', defaultValue: 0, admin: { position: 'sidebar', readOnly: true } },
  ],
}
