import type { GlobalConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { isAdmin } from '../src/access/isAdmin'
import { queueRecomputeOnChange } from '../src/attribution/credit/queue-recompute'
import { isAllowListEntry } from '../src/attribution/links/allow-list'
import { forgetAttributionSettings } from '../src/attribution/settings'

/** Admin-only settings of the tracking routes and crediting; read through src/attribution/settings.ts. */
export const AttributionSettings: GlobalConfig = {
  slug: 'attribution-settings',
  admin: { group: 'Attribution' },
  access: { read: authenticated, update: isAdmin },
  // This process sees the new list at once; other servers within a second (the cache's TTL).
  hooks: { afterChange: [() => forgetAttributionSettings(), queueRecomputeOnChange] },
  fields: [
    {
      name: 'allowedDomains',
      type: 'array',
      labels: { singular: 'Domain', plural: 'Allowed destination domains' },
      admin: {
        description:
          'Tracked links may only point at these domains and their subdomains (and at the site itself, SITE_URL). Removing one stops its links within a second.',
      },
      fields: [
        {
          name: 'domain',
          type: 'text',
          required: true,
          hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)] },
          validate: (value: unknown) => (typeof value === 'string' && isAllowListEntry(value) ? true : 'A host name such as example.com'),
        },
      ],
    },
      {
      name: 'halfLifeDays',
      label: 'Time-decay half-life (days)',
      type: 'number',
      required: true,
      defaultValue: 7,
      min: 0.5,
      max: 365,
      admin: { description: 'Under the time-decay model a touch this many days older than another earns half its credit.' },
    },
    {
      name: 'conversionRules',
      type: 'array',
      labels: { singular: 'Conversion rule', plural: 'Conversion rules' },
      admin: { description: `Each conversion's credit is split over the human touches inside its lookback window. Without a rule, lead and signup look back 30 days, purchase 90, any other conversion 30, over the contact's own touches. Saving a change recomputes every credit in the background.` },
      validate: (rows: unknown) => {
        const events = (Array.isArray(rows) ? rows : []).map((r: { event?: string }) => r?.event)
        const twice = events.find((e, i) => e && events.indexOf(e) !== i)
        return twice ? `"${twice}" has two rules; keep one` : true
      },
      fields: [
        { name: 'event', label: 'Conversion name', type: 'text', required: true, maxLength: 100, admin: { description: 'e.g. lead, signup, purchase' } },
        { name: 'lookbackDays', label: 'Lookback window (days)', type: 'number', required: true, min: 1, max: 365, defaultValue: 30 },
        {
          name: 'scope',
          type: 'select',
          required: true,
          defaultValue: 'contact',
          options: [
            { label: "The contact's own touches", value: 'contact' },
            { label: "Every contact of the contact's account (B2B buying committee)", value: 'account' },
          ],
        },
      ],
    },
  ],
}
