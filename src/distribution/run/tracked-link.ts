import type { Payload, Where } from 'payload'

import { generateCode } from '../../attribution/links/code'
import { shortUrl } from '../../attribution/links/qr-endpoint'
import { contentUrl } from '../../content/queries/content-item'
import { siteUrl } from '../../env/site-url'
import { relationId } from '../../fields/relation-id'
import type { Channel, Distribution, TrackedLink } from '../../payload-types'

/**
 * The distribution's content item that `url` is the site page of, if any: its link then records the
 * item (destination type `content`), so clicks and the conversions credited to them count for it.
 */
const contentAt = async (payload: Payload, distribution: Distribution, url: string): Promise<TrackedLink['content']> => {
  for (const { relationTo, value } of distribution.content ?? []) {
    const slug =
      typeof value === 'object'
        ? value.slug
        : (await payload.findByID({ collection: relationTo, id: value, depth: 0, select: { slug: true }, overrideAccess: true, disableErrors: true }))?.slug
    if (slug && new URL(contentUrl(relationTo, slug), siteUrl()).toString() === url) return { relationTo, value: relationId(value)! } as TrackedLink['content']
  }
  return null
}

/**
 * The tracked link of `url` on a distribution × channel: created the first time (campaign and channel
 * give its UTM values), then found again, so a retry or a second batch reuses it. Returns its short URL.
 */
export const trackedLinkFor = async (payload: Payload, distribution: Distribution, channel: Channel, url: string): Promise<string> => {
  const where: Where = { and: [{ distributionId: { equals: distribution.id } }, { channel: { equals: channel.slug } }, { url: { equals: url } }] }
  const found = await payload.find({ collection: 'tracked-links', where, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return shortUrl(found.docs[0].code)
  // The URL is kept on a content link too: it is what the next batch finds the link by.
  const content = await contentAt(payload, distribution, url)
  const link = await payload.create({
    collection: 'tracked-links',
    data: {
      code: generateCode(),
      ...(content ? { destinationType: 'content' as const, content } : { destinationType: 'url' as const }),
      url,
      channel: channel.slug,
      campaign: relationId(distribution.campaign) ?? undefined,
      distributionId: Number(distribution.id),
    },
    overrideAccess: true,
    depth: 0,
  })
  return shortUrl(link.code)
}
