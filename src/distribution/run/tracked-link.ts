import type { Payload, Where } from 'payload'

import { generateCode } from '../../attribution/links/code'
import { shortUrl } from '../../attribution/links/qr-endpoint'
import { relationId } from '../../fields/relation-id'
import type { Channel, Distribution } from '../../payload-types'

/**
 * The tracked link of `url` on a distribution × channel: created the first time (campaign and channel
 * give its UTM values), then found again, so a retry or a second batch reuses it. Returns its short URL.
 */
export const trackedLinkFor = async (payload: Payload, distribution: Distribution, channel: Channel, url: string): Promise<string> => {
  const where: Where = { and: [{ distributionId: { equals: distribution.id } }, { channel: { equals: channel.slug } }, { url: { equals: url } }] }
  const found = await payload.find({ collection: 'tracked-links', where, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return shortUrl(found.docs[0].code)
  const link = await payload.create({
    collection: 'tracked-links',
    data: { code: generateCode(), destinationType: 'url', url, channel: channel.slug, campaign: relationId(distribution.campaign) ?? undefined, distributionId: Number(distribution.id) },
    overrideAccess: true,
    depth: 0,
  })
  return shortUrl(link.code)
}
