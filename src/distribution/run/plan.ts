import type { Payload } from 'payload'

import { bulkInsert } from '../../attribution/buffer/bulk-insert'
import type { Channel, Distribution } from '../../payload-types'
import { resolveAudience, type Recipient } from '../audience'
import { adapterFor } from '../channels'
import { clock } from '../schedule/first-run'
import { nextLocalTime } from '../schedule/local-time'

const CHUNK = 1000

/** When one recipient's email is due: now, or for local-time sends the next local time in their zone. */
export const dueFor = (schedule: Distribution['schedule'], recipient: Recipient | null, now: Date): Date =>
  schedule?.mode === 'local' && schedule.repeat !== 'weekly' && recipient
    ? nextLocalTime({ after: new Date(now.getTime() - 1), timeZone: recipient.timeZone || schedule.timeZone || 'UTC', ...clock(schedule.localTime) })
    : now

/**
 * Queues every delivery of one occurrence: one per recipient on email channels, one per channel on the
 * others, each under a unique send key (distribution:channel:occurrence:contact) so planning twice (a
 * restarted worker) adds nothing. Returns how many deliveries the occurrence has.
 */
export const planDeliveries = async (payload: Payload, distribution: Distribution, occurrence: number, now: Date): Promise<number> => {
  const channels = (distribution.channels ?? []).filter((c): c is Channel => typeof c === 'object' && c !== null)
  let recipients: Recipient[] | undefined
  const rows: Record<string, unknown>[] = []
  for (const channel of channels) {
    const base = { distributionId: Number(distribution.id), channelId: Number(channel.id), occurrence, status: 'queued', attempts: 0 }
    if (!adapterFor(channel.kind).perRecipient) {
      rows.push({ ...base, sendKey: `${distribution.id}:${channel.id}:${occurrence}:-`, contactId: null, email: null, dueAt: now.toISOString() })
      continue
    }
    recipients ??= await resolveAudience(payload, distribution.audience)
    for (const r of recipients)
      rows.push({ ...base, sendKey: `${distribution.id}:${channel.id}:${occurrence}:${r.id}`, contactId: r.id, email: r.email, dueAt: dueFor(distribution.schedule, r, now).toISOString() })
  }
  for (let i = 0; i < rows.length; i += CHUNK) await bulkInsert(payload, 'deliveries', rows.slice(i, i + CHUNK), { ignoreDuplicates: true })
  return rows.length
}
