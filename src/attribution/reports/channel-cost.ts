import type { Payload } from 'payload'

import type { Channel } from '../../payload-types'

const MONTH_MS = 30.44 * 86_400_000

/**
 * What a distribution channel cost in [from, to): a monthly fee pro rata for the period's length, or
 * the price per send or per placement times the channel's deliveries sent in the period. Null without a
 * price.
 */
export const channelCost = async (payload: Payload, channel: Channel, from: Date, to: Date): Promise<number | null> => {
  const amount = channel.cost?.amount
  if (amount == null) return null
  if ((channel.cost?.per ?? 'month') === 'month') return Math.round(amount * ((to.getTime() - from.getTime()) / MONTH_MS) * 100) / 100
  const sent = await payload.count({
    collection: 'deliveries',
    where: {
      and: [
        { channelId: { equals: channel.id } },
        { sentAt: { greater_than_equal: from.toISOString() } },
        { sentAt: { less_than: to.toISOString() } },
        { status: { in: ['sent', 'opened', 'clicked', 'unsubscribed'] } },
      ],
    },
    overrideAccess: true,
  })
  return Math.round(amount * sent.totalDocs * 100) / 100
}
