import type { ArrayField, FieldAccess } from 'payload'

import { LINK_CHECK } from './limits'
import { queueLinkCheck } from './queue-link-check'

// Written only by the checker (Local API, access overridden): a client that sends `linkReport: []`
// must not be able to hide a broken link from the pre-publish check.
const nobody: FieldAccess = () => false
// Which links of ours are broken is the team's business, not a public reader's.
const signedIn: FieldAccess = ({ req: { user } }) => Boolean(user)

/**
 * `linkReport`: the outgoing links of a document as the `checkLinks` job last found them. A link
 * that failed two runs in a row is `broken` and blocks publishing; one that works again resets.
 * Its afterChange hook queues the job when the document's links change.
 */
export const linkReportField = (): ArrayField => ({
  name: 'linkReport',
  label: 'Link report',
  type: 'array',
  maxRows: LINK_CHECK.maxLinks,
  access: { create: nobody, update: nobody, read: signedIn },
  admin: {
    readOnly: true,
    initCollapsed: true,
    description: 'Outgoing links, checked in the background after each change. Broken links block publishing.',
  },
  hooks: { afterChange: [queueLinkCheck] },
  fields: [
    { name: 'url', type: 'text', required: true, maxLength: 2048 },
    { name: 'status', type: 'number', admin: { description: 'HTTP status of the last check; empty when nothing answered.' } },
    { name: 'error', type: 'text', maxLength: 300 },
    { name: 'lastCheckedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'failures', type: 'number', defaultValue: 0, admin: { description: 'Failed checks in a row.' } },
    { name: 'broken', type: 'checkbox', defaultValue: false },
  ],
})
