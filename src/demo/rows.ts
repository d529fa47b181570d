import { channelGroup } from '../attribution/sources/channel-group'
import type { LinkInfo } from './catalog'
import type { GenContext } from './context'
import type { HumanClick } from './touches'

export const SITE = 'https://example.com'
const BROWSER_UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15'

export const iso = (ms: number) => new Date(ms).toISOString()

/** Where a tracked link lands on the site. */
export const pageUrlOf = (link: LinkInfo | null) => (link?.contentType ? `${SITE}/${link.contentType}/${link.contentId}` : `${SITE}/products/insight`)

/** An `events` row (every row the same keys: bulkInsert takes the columns from the first). */
export const eventRow = (ctx: GenContext, e: { at: number; sourceId: number; type: 'page' | 'track'; event: string | null; anonymousId: string | null; userId: string | null; clickId?: string | null; utmSource?: string | null; utmMedium?: string | null; utmCampaign?: string | null; pageUrl: string; referrer?: string | null; properties?: Record<string, unknown> | null }) => {
  const messageId = `demo-e${++ctx.seq.event}`
  const dedupeKey = `${e.sourceId}:${messageId}`
  ctx.stats.events++
  ctx.w.push('events', {
    dedupeKey, at: iso(e.at), receivedAt: iso(e.at + 150), sourceId: e.sourceId, messageId, type: e.type, event: e.event,
    anonymousId: e.anonymousId, userId: e.userId, previousId: null, clickId: e.clickId ?? null,
    utmSource: e.utmSource ?? null, utmMedium: e.utmMedium ?? null, utmCampaign: e.utmCampaign ?? null, utmTerm: null, utmContent: null,
    pageUrl: e.pageUrl, referrer: e.referrer ?? null, visitorId: e.anonymousId ? `vis-${e.anonymousId}` : null,
    channelGroup: e.type === 'page' ? channelGroup({ utmSource: e.utmSource, utmMedium: e.utmMedium, utmCampaign: e.utmCampaign, referrer: e.referrer, pageUrl: e.pageUrl }) : null,
    properties: e.properties ?? null, traits: null,
  })
  return dedupeKey
}

/** A `clicks` row; human clicks are returned as touch material. */
export const clickRow = (ctx: GenContext, link: LinkInfo, at: number, o: { human: boolean; botReason?: string | null; visitor: string; deliveryId?: number | null }): HumanClick => {
  const clickId = `demo-c${++ctx.seq.click}`
  if (o.human) ctx.stats.humanClicks++
  else ctx.stats.botClicks++
  ctx.w.push('clicks', {
    clickId, at: iso(at), linkId: link.id, code: link.code, campaignKey: link.campaignKey, channel: link.channel || null, contentType: link.contentType, contentId: link.contentId,
    human: o.human, botReason: o.botReason ?? null, referrer: null, userAgent: o.human ? BROWSER_UA : 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    visitorId: `vis-${o.visitor}`, deliveryId: o.deliveryId ?? null,
    channelGroup: channelGroup({ utmSource: link.utm.source, utmMedium: link.utm.medium, utmCampaign: link.utm.campaign }),
  })
  return { clickId, at, linkId: link.id, campaignKey: link.campaignKey, channel: link.channel || null, contentType: link.contentType, contentId: link.contentId }
}
