import type { GlobalConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { isAdmin } from '../src/access/isAdmin'
import { isAllowListEntry } from '../src/attribution/links/allow-list'
import { forgetAllowedDomains } from '../src/attribution/links/settings'

/** Admin-only settings of the tracking routes; read through src/attribution/links/settings.ts. */
export const AttributionSettings: GlobalConfig = {
  slug: 'attribution-settings',
  admin: { group: 'Attribution' },
  access: { read: authenticated, update: isAdmin },
  // This process sees the new list at once; other servers within a second (the cache's TTL).
  hooks: { afterChange: [() => forgetAllowedDomains()] },
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
  ],
}
