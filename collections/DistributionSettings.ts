import type { GlobalConfig } from 'payload'

import { authenticated } from '../src/access/authenticated'
import { isAdmin } from '../src/access/isAdmin'

/** Admin-only settings of distributions. */
export const DistributionSettings: GlobalConfig = {
  slug: 'distribution-settings',
  admin: { group: 'Distribution' },
  access: { read: authenticated, update: isAdmin },
  fields: [
    {
      name: 'approvalThreshold',
      type: 'number',
      required: true,
      min: 0,
      defaultValue: 1000,
      admin: { description: 'A distribution to more recipients than this needs approval by another marketer or an admin before it is scheduled.' },
    },
    { name: 'maxAttempts', type: 'number', required: true, min: 1, max: 20, defaultValue: 5, admin: { description: 'Sends per recipient before a delivery is given up as failed (exponential backoff between).' } },
  ],
}
