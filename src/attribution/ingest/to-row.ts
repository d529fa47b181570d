import { channelGroup } from '../sources/channel-group'
import type { IncomingEvent } from './schemas'

export type EventRow = {
  dedupeKey: string
  at: string
  receivedAt: string
  sourceId: number
  messageId: string
  type: IncomingEvent['type']
  event: string | null
  anonymousId: string | null
  userId: string | null
  previousId: string | null
  clickId: string | null
  utmSource: string | null
  utmMedium: string | null
  utmCampaign: string | null
  utmTerm: string | null
  utmContent: string | null
  pageUrl: string | null
  referrer: string | null
  visitorId: string | null
  channelGroup: string | null
  properties: Record<string, unknown> | null
  traits: Record<string, unknown> | null
}

const param = (url: URL | undefined, name: string): string | null => url?.searchParams.get(name) ?? null

const parseUrl = (value: string | undefined): URL | undefined => {
  if (!value) return undefined
  try {
    return new URL(value)
  } catch {
    return undefined
  }
}

/**
 * The stored row of an accepted event. The click id comes from `properties.fw_click` or the page URL's
 * `fw_click` (t.js sends it), UTM values from `context.campaign` or the page URL; a page view also gets
 * its GA4 channel group.
 */
export const toRow = (e: IncomingEvent, sourceId: number, receivedAt: string, visitorId: string | null = null): EventRow => {
  const pageUrl = e.context?.page?.url
  const url = parseUrl(pageUrl)
  const campaign = e.context?.campaign ?? {}
  const fromProps = typeof e.properties?.fw_click === 'string' ? e.properties.fw_click : null
  const utm = {
    utmSource: campaign.source ?? param(url, 'utm_source'),
    utmMedium: campaign.medium ?? param(url, 'utm_medium'),
    utmCampaign: campaign.name ?? param(url, 'utm_campaign'),
    utmTerm: campaign.term ?? param(url, 'utm_term'),
    utmContent: campaign.content ?? param(url, 'utm_content'),
  }
  const referrer = e.context?.page?.referrer ?? null
  return {
    dedupeKey: `${sourceId}:${e.messageId}`,
    at: e.timestamp ? new Date(e.timestamp).toISOString() : receivedAt,
    receivedAt,
    sourceId,
    messageId: e.messageId,
    type: e.type,
    event: e.event ?? (e.type === 'page' ? (e.name ?? null) : null),
    anonymousId: e.anonymousId ?? null,
    userId: e.userId ?? null,
    previousId: e.previousId ?? null,
    clickId: (fromProps ?? param(url, 'fw_click'))?.slice(0, 64) ?? null,
    ...utm,
    pageUrl: pageUrl ?? null,
    referrer,
    visitorId,
    channelGroup: e.type === 'page' ? channelGroup({ ...utm, referrer, pageUrl }) : null,
    properties: e.properties ?? null,
    traits: e.traits ?? null,
  }
}
