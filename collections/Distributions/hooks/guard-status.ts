import { APIError, type CollectionBeforeChangeHook } from 'payload'

import type { Distribution } from '../../../src/payload-types'
import { countAudience } from '../../../src/distribution/audience'
import { relationIds } from '../../../src/fields/relation-id'
import type { DistributionStatus } from '../../../src/distribution/kinds'
import { firstRunAt } from '../../../src/distribution/schedule/first-run'

/** What a person may change the status to (the send job moves it through sending to the outcome). */
const NEXT: Record<DistributionStatus, DistributionStatus[]> = {
  draft: ['scheduled'],
  scheduled: ['draft'],
  sending: [],
  sent: [],
  // Scheduling it again resends only the deliveries that failed.
  'partially-failed': ['scheduled'],
  failed: ['scheduled'],
  cancelled: ['draft'],
}

/** Context flag of the send job's and the endpoints' own writes. */
export type DistributionContext = { distributionInternal?: boolean }

/**
 * beforeChange of distributions: people move the status only along NEXT (cancelling is
 * POST /api/distributions/:id/cancel); a sending distribution cannot be edited; scheduling checks the
 * approval threshold and sets when the send job runs first.
 */
export const guardStatus: CollectionBeforeChangeHook<Distribution> = async ({ data, originalDoc, req, operation }) => {
  if ((req.context as DistributionContext).distributionInternal) return data
  if (operation === 'create') data.createdBy = req.user && req.user.collection === 'users' ? req.user.id : undefined
  const from = (originalDoc?.status ?? 'draft') as DistributionStatus
  const to = (data.status ?? from) as DistributionStatus
  if (from === 'sending') throw new APIError('This distribution is sending; cancel it first (POST /api/distributions/:id/cancel)', 409, undefined, true)
  if (operation === 'create' && to !== 'draft' && to !== 'scheduled') throw new APIError(`A new distribution is a draft or scheduled, not ${to}`, 400, undefined, true)
  if (operation === 'update' && from !== to && !NEXT[from].includes(to))
    throw new APIError(`A ${from} distribution cannot be set to ${to}${to === 'cancelled' ? ': use POST /api/distributions/:id/cancel' : ''}`, 400, undefined, true)
  if (to !== 'scheduled' || (from === 'scheduled' && operation === 'update' && !data.schedule)) return data

  const merged = { ...originalDoc, ...data } as Distribution
  const settings = await req.payload.findGlobal({ slug: 'distribution-settings', req })
  const channels = await req.payload.find({ collection: 'channels', where: { id: { in: relationIds(merged.channels) } }, depth: 0, req, pagination: false })
  if (channels.docs.some((c) => c.kind === 'email')) {
    const recipients = await countAudience(req.payload, merged.audience)
    if (recipients === 0) throw new APIError('The audience has no reachable contact: choose all subscribers, layers, industries, accounts or lists', 400, undefined, true)
    if (recipients > settings.approvalThreshold && !merged.approval?.approvedBy)
      throw new APIError(
        `${recipients} recipients is more than the approval threshold (${settings.approvalThreshold}): another marketer or an admin must approve it first (POST /api/distributions/:id/approve)`,
        400,
        undefined,
        true,
      )
  }
  data.progress = { ...(originalDoc?.progress ?? {}), ...(data.progress ?? {}), nextRunAt: firstRunAt(merged.schedule).toISOString(), lastError: null }
  return data
}
