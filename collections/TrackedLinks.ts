import type { CollectionBeforeChangeHook, CollectionConfig, TextFieldSingleValidation } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { canManageCampaigns } from '../src/access/canManageCampaigns'
import { refuseDestination } from '../src/attribution/links/allow-list'
import { CODE_PATTERN, generateCode } from '../src/attribution/links/code'
import { qrEndpoint } from '../src/attribution/links/qr-endpoint'
import { allowedDomains } from '../src/attribution/links/settings'
import { defaultMedium } from '../src/attribution/links/utm'
import { CONTENT_COLLECTIONS } from '../src/content/content-collection'
import { slugify } from '../src/fields/slug'

const validateCode: TextFieldSingleValidation = (value) =>
  typeof value === 'string' && CODE_PATTERN.test(value) ? true : 'Use 3–64 letters, digits, "-" or "_"'

const validateUrl: TextFieldSingleValidation = async (value, { req, siblingData }) => {
  if ((siblingData as { destinationType?: string }).destinationType !== 'url') return true
  if (!value) return 'An external link needs a destination URL'
  return refuseDestination(value, await allowedDomains(req.payload)) ?? true
}

/** UTM defaults from the campaign (its key), the channel and the content item, unless set by hand. */
const fillUtm: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged = { ...originalDoc, ...data }
  const utm = { ...(merged.utm ?? {}) }
  const channel = typeof merged.channel === 'string' ? merged.channel : ''
  if (!utm.source) utm.source = channel || 'flywheel'
  if (!utm.medium) utm.medium = defaultMedium(channel)
  const campaignId = typeof merged.campaign === 'object' && merged.campaign ? merged.campaign.id : merged.campaign
  if (!utm.campaign && campaignId) {
    const campaign = await req.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, req })
    utm.campaign = campaign.key
  }
  return { ...data, utm }
}

/**
 * Tracked links: /l/<code> redirects to a content item on the site or to an allowed external URL, with
 * UTM parameters and a click id (src/attribution/routes.ts). Marketers and admins manage them.
 */
export const TrackedLinks: CollectionConfig<'tracked-links'> = {
  slug: 'tracked-links',
  admin: { group: 'Attribution', useAsTitle: 'code', defaultColumns: ['code', 'destinationType', 'campaign', 'channel', 'updatedAt'] },
  access: { read: authenticated, create: canManageCampaigns, update: canManageCampaigns, delete: canManageCampaigns },
  endpoints: [qrEndpoint],
  hooks: { beforeChange: [fillUtm] },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'The short code in /l/<code>; generated when left empty.' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() ? value.trim() : generateCode())] },
      validate: validateCode,
    },
    {
      name: 'destinationType',
      type: 'radio',
      required: true,
      defaultValue: 'content',
      options: [
        { label: 'A content item on the site', value: 'content' },
        { label: 'An external URL (allowed domains only)', value: 'url' },
      ],
    },
    {
      name: 'content',
      type: 'relationship',
      relationTo: [...CONTENT_COLLECTIONS],
      admin: { condition: (_, sibling) => sibling?.destinationType === 'content' },
      validate: (value: unknown, { siblingData }: { siblingData: { destinationType?: string } }) =>
        siblingData.destinationType !== 'content' || value ? true : 'Pick the content item the link leads to',
    },
    { name: 'url', type: 'text', maxLength: 2000, admin: { condition: (_, sibling) => sibling?.destinationType === 'url' }, validate: validateUrl },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true },
    {
      name: 'channel',
      type: 'text',
      index: true,
      maxLength: 100,
      admin: { description: 'Where the link is placed, e.g. newsletter, linkedin, partner-feed, booth-a12.' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() ? slugify(value) : undefined)] },
    },
    {
      name: 'distributionId',
      type: 'number',
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Made by a distribution for a link in its content (one per distribution, channel and URL).' },
    },
    {
      name: 'utm',
      label: 'UTM parameters',
      type: 'group',
      admin: { description: 'Filled from the campaign and channel when left empty.' },
      fields: ['source', 'medium', 'campaign', 'term', 'content'].map((name) => ({ name, type: 'text' as const, maxLength: 200 })),
    },
  ],
}
