import { sourceCategory, type SourceCategory } from './source-categories'

export { sourceCategory, type SourceCategory }

/**
 * GA4's default channel groups, in the order GA4 evaluates its rules (the first that matches wins), so reports
 * read the same as in Google Analytics: https://support.google.com/analytics/answer/9756891
 */
export const CHANNEL_GROUPS = [
  'Direct', 'Cross-network', 'Paid Shopping', 'Paid Search', 'Paid Social', 'Paid Video', 'Display', 'Paid Other',
  'Organic Shopping', 'Organic Social', 'Organic Video', 'Organic Search', 'Referral', 'Email', 'Affiliates', 'Audio',
  'SMS', 'Mobile Push Notifications', 'Unassigned',
] as const

export type ChannelGroup = (typeof CHANNEL_GROUPS)[number]

export type ChannelVisit = {
  utmSource?: string | null
  utmMedium?: string | null
  utmCampaign?: string | null
  referrer?: string | null
  pageUrl?: string | null
}

// GA4's own patterns, verbatim (the doc says matching is case-insensitive, so values are lower-cased first).
const PAID_MEDIUM = /^(.*cp.*|ppc|retargeting|paid.*)$/
// The odd class keeps "eshop" and "e-shop" but not "workshop".
const SHOP_CAMPAIGN = /^(.*(([^a-df-z]|^)shop|shopping).*)$/
const DISPLAY_MEDIA = new Set(['display', 'banner', 'expandable', 'interstitial', 'cpm'])
const SOCIAL_MEDIA = new Set(['social', 'social-network', 'social-media', 'sm', 'social network', 'social media'])
const REFERRAL_MEDIA = new Set(['referral', 'app', 'link'])
const EMAIL = new Set(['email', 'e-mail', 'e_mail', 'e mail'])
const NOT_SET = new Set(['', '(none)', '(not set)'])

/**
 * Google Ads auto-tagging: GA4 reads these click ids as google / cpc. It also knows the campaign's network (and so
 * may say Cross-network, Display or Paid Video), which only Google Ads can tell; Paid Search is the common case.
 */
const GOOGLE_ADS_CLICK = /[?&#](gclid|gbraid|wbraid)=/i

// Scheme optional (imported rows may hold a bare host); userinfo skipped; IPv6 literals kept whole.
const URL_HOST = /^\s*(?:([a-z][a-z\d+.-]*):\/\/)?(?:[^@/?#\s]*@)?(\[[a-f\d:.]+\]|[a-z\d_](?:[a-z\d_.-]*[a-z\d_])?)\.?(?=[:/?#\s]|$)/i

/**
 * The lower-cased host of a URL, or null when there is none. Without a scheme only a dotted host counts ("garbage" is
 * none). The host is at the start, so a huge value is cut first to keep the cost of a bad input bounded.
 */
const hostOf = (url: string | null | undefined): string | null => {
  const m = url ? URL_HOST.exec(url.length > 1024 ? url.slice(0, 1024) : url) : null
  if (!m || (!m[1] && !m[2].includes('.'))) return null
  return m[2].toLowerCase()
}

const withoutWww = (host: string): string => (host.startsWith('www.') ? host.slice(4) : host)

const clean = (value: string | null | undefined): string => value?.trim().toLowerCase() ?? ''

/** GA4's rules on session source, medium and campaign name, in GA4's order. */
const fromCampaign = (source: string, medium: string, campaign: string): ChannelGroup => {
  if (source === '(direct)' && NOT_SET.has(medium)) return 'Direct'
  if (campaign.includes('cross-network')) return 'Cross-network'
  const category = source ? sourceCategory(source) : null
  const paid = PAID_MEDIUM.test(medium)
  const shop = category === 'shopping' || SHOP_CAMPAIGN.test(campaign)
  if (paid && shop) return 'Paid Shopping'
  if (paid && category === 'search') return 'Paid Search'
  if (paid && category === 'social') return 'Paid Social'
  if (paid && category === 'video') return 'Paid Video'
  if (DISPLAY_MEDIA.has(medium)) return 'Display'
  if (paid) return 'Paid Other'
  if (shop) return 'Organic Shopping'
  if (category === 'social' || SOCIAL_MEDIA.has(medium)) return 'Organic Social'
  if (category === 'video' || medium.includes('video')) return 'Organic Video'
  if (category === 'search' || medium === 'organic') return 'Organic Search'
  if (REFERRAL_MEDIA.has(medium)) return 'Referral'
  // GA4 has no list of email sites: utm_source=mail.google.com without medium=email stays Unassigned, as in GA4.
  if (EMAIL.has(source) || EMAIL.has(medium)) return 'Email'
  if (medium === 'affiliate') return 'Affiliates'
  if (medium === 'audio') return 'Audio'
  if (source === 'sms' || medium === 'sms') return 'SMS'
  if (medium.endsWith('push') || medium.includes('mobile') || medium.includes('notification') || source === 'firebase') {
    return 'Mobile Push Notifications'
  }
  return 'Unassigned'
}

const BY_CATEGORY: Record<SourceCategory, ChannelGroup> = {
  search: 'Organic Search',
  social: 'Organic Social',
  video: 'Organic Video',
  shopping: 'Organic Shopping',
  email: 'Email',
}

/**
 * The GA4 default channel group of a visit (its landing page view). UTM parameters win, as in GA4; without them GA4
 * sets source = the referrer's host and medium = organic (search engines) or referral, which the same rules turn into
 * Organic Search / Social / Video / Shopping or Referral, so that is done here directly by the referrer's category.
 * Never throws: an unparsable referrer counts as none.
 */
export const channelGroup = (visit: ChannelVisit): ChannelGroup => {
  const source = clean(visit.utmSource)
  const medium = clean(visit.utmMedium)
  const campaign = clean(visit.utmCampaign)
  if (source || medium || campaign) return fromCampaign(source, medium, campaign)
  if (visit.pageUrl && GOOGLE_ADS_CLICK.test(visit.pageUrl)) return 'Paid Search'
  const referrer = hostOf(visit.referrer)
  if (!referrer) return 'Direct'
  // A referrer on the page's own host is internal navigation (GA4 ignores self-referrals); www. is the same site.
  const page = hostOf(visit.pageUrl)
  if (page && withoutWww(page) === withoutWww(referrer)) return 'Direct'
  const category = sourceCategory(referrer)
  // Webmail is our addition (GA4 would say Referral): a click in Gmail's web client is an email visit.
  return category ? BY_CATEGORY[category] : 'Referral'
}
