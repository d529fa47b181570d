import type { Payload } from 'payload'

import { siteUrl } from '../../env/site-url'
import { contentUrl } from '../../content/queries/content-item'
import { refuseDestination } from './allow-list'
import { TtlCache } from '../ttl-cache'
import { allowedDomains } from './settings'
import { channelGroup } from '../sources/channel-group'
import { withUtm } from './utm'

/** What a redirect needs of a link, with the destination and UTM parameters already joined. */
export type ResolvedLink = {
  id: number
  code: string
  target: string
  campaignKey: string | null
  channel: string | null
  contentType: string | null
  contentId: number | null
  /** GA4 default channel group of the link's UTM values (stored on each click). */
  channelGroup: string
}


/**
 * Looks links up by code with a one-second cache (misses included, so a flood of unknown codes costs
 * one query per code a second). An edit or a removed domain takes effect within a second everywhere.
 */
export class LinkResolver {
  private cache = new TtlCache<string, ResolvedLink | null>(1000, 50_000)
  private pending = new Map<string, Promise<ResolvedLink | null>>()

  constructor(private readonly payload: () => Payload | undefined) {}

  /** The cached answer while it is fresh (null: known not to exist), else undefined. */
  peek(code: string): ResolvedLink | null | undefined {
    return this.cache.peek(code)?.value
  }

  async resolve(code: string): Promise<ResolvedLink | null> {
    const hit = this.peek(code)
    if (hit !== undefined) return hit
    let load = this.pending.get(code)
    if (!load) {
      load = this.load(code).finally(() => this.pending.delete(code))
      this.pending.set(code, load)
    }
    try {
      return this.cache.set(code, await load)
    } catch (err) {
      // The database is away: a link seen before keeps redirecting (its click is buffered meanwhile).
      const stale = this.cache.stale(code)
      if (stale) return stale.value
      throw err
    }
  }

  private async load(code: string): Promise<ResolvedLink | null> {
    const payload = this.payload()
    if (!payload) throw new Error('not ready')
    const { docs } = await payload.find({ collection: 'tracked-links', where: { code: { equals: code } }, depth: 1, limit: 1, pagination: false })
    const link = docs[0]
    if (!link) return null
    let destination: string | undefined
    let contentType: string | null = null
    let contentId: number | null = null
    if (link.destinationType === 'content' && link.content && typeof link.content.value === 'object') {
      contentType = link.content.relationTo
      contentId = Number(link.content.value.id)
      const slug = (link.content.value as { slug?: string | null }).slug ?? String(contentId)
      destination = new URL(contentUrl(contentType, slug), siteUrl()).toString()
    } else if (link.destinationType === 'url' && link.url) {
      destination = link.url
    }
    if (!destination) return null
    // Checked again at redirect time: a domain removed from the allow-list stops its links at once.
    const refused = refuseDestination(destination, await allowedDomains(payload))
    if (refused) {
      payload.logger.warn({ msg: `tracked link ${code} not followed: ${refused}` })
      return null
    }
    const campaignKey = typeof link.campaign === 'object' && link.campaign ? link.campaign.key : link.utm?.campaign || null
    return {
      id: Number(link.id),
      code: link.code,
      target: withUtm(destination, link.utm ?? {}).toString(),
      campaignKey,
      channel: link.channel ?? null,
      contentType,
      contentId,
      channelGroup: channelGroup({ utmSource: link.utm?.source ?? link.channel, utmMedium: link.utm?.medium, utmCampaign: campaignKey }),
    }
  }
}
