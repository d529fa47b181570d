import { describe, expect, it } from 'vitest'

import { CHANNEL_GROUPS, channelGroup, sourceCategory, type ChannelGroup, type ChannelVisit } from '../../src/attribution/sources/channel-group'

const PAGE = 'https://www.flywheel.example/pricing'

// [why, visit, expected] – rules from https://support.google.com/analytics/answer/9756891
const CASES: [string, ChannelVisit, ChannelGroup][] = [
  // UTM parameters
  ['(direct) / (none)', { utmSource: '(direct)', utmMedium: '(none)' }, 'Direct'],
  ['cross-network campaign beats a paid search source', { utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'pmax_cross-network_q4' }, 'Cross-network'],
  ['paid medium on a shopping site', { utmSource: 'amazon', utmMedium: 'cpc' }, 'Paid Shopping'],
  ['paid medium with a shop campaign beats the search source', { utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'eshop-sale' }, 'Paid Shopping'],
  ['"workshop" is not a shop campaign', { utmSource: 'google', utmMedium: 'cpc', utmCampaign: 'workshop-2026' }, 'Paid Search'],
  ['google / cpc', { utmSource: 'google', utmMedium: 'cpc', pageUrl: PAGE }, 'Paid Search'],
  ['case-insensitive', { utmSource: 'Bing', utmMedium: 'PPC' }, 'Paid Search'],
  ['google / cpm: .*cp.* makes it paid, and Paid Search precedes Display', { utmSource: 'google', utmMedium: 'cpm' }, 'Paid Search'],
  ['linkedin / cpc', { utmSource: 'linkedin', utmMedium: 'cpc' }, 'Paid Social'],
  ['facebook host as source / paid_social', { utmSource: 'm.facebook.com', utmMedium: 'paid_social' }, 'Paid Social'],
  ['fb / retargeting', { utmSource: 'fb', utmMedium: 'retargeting' }, 'Paid Social'],
  ['youtube / cpv', { utmSource: 'youtube', utmMedium: 'cpv' }, 'Paid Video'],
  ['display medium', { utmSource: 'dv360', utmMedium: 'display' }, 'Display'],
  ['banner medium', { utmSource: 'partner-network', utmMedium: 'banner' }, 'Display'],
  ['cpm from an unknown network', { utmSource: 'adnet', utmMedium: 'cpm' }, 'Display'],
  ['paid medium from an unknown source', { utmSource: 'capterra', utmMedium: 'cpc' }, 'Paid Other'],
  ['shopping source without paid medium', { utmSource: 'ebay', utmMedium: 'listing' }, 'Organic Shopping'],
  ['linkedin / social', { utmSource: 'linkedin', utmMedium: 'social' }, 'Organic Social'],
  ['social medium from any source', { utmSource: 'mastodon-post', utmMedium: 'social media' }, 'Organic Social'],
  ['a social source beats medium=email (Organic Social precedes Email)', { utmSource: 'linkedin', utmMedium: 'email' }, 'Organic Social'],
  ['video medium', { utmSource: 'webinar-platform', utmMedium: 'video' }, 'Organic Video'],
  ['google / organic', { utmSource: 'google', utmMedium: 'organic' }, 'Organic Search'],
  ['search source alone', { utmSource: 'duckduckgo' }, 'Organic Search'],
  ['referral medium', { utmSource: 'partner.example', utmMedium: 'referral' }, 'Referral'],
  ['app medium', { utmSource: 'partner-app', utmMedium: 'app' }, 'Referral'],
  ['newsletter / email', { utmSource: 'newsletter', utmMedium: 'email', utmCampaign: 'nov-digest' }, 'Email'],
  ['medium email only', { utmMedium: 'email' }, 'Email'],
  ['source e-mail', { utmSource: 'e-mail', utmMedium: 'blast' }, 'Email'],
  ['affiliate', { utmSource: 'awin', utmMedium: 'affiliate' }, 'Affiliates'],
  ['audio', { utmSource: 'spotify-podcast', utmMedium: 'audio' }, 'Audio'],
  ['sms source', { utmSource: 'sms', utmMedium: 'text' }, 'SMS'],
  ['sms medium', { utmSource: 'twilio', utmMedium: 'sms' }, 'SMS'],
  ['medium ending in push', { utmSource: 'app', utmMedium: 'web-push' }, 'Mobile Push Notifications'],
  ['firebase source', { utmSource: 'firebase', utmMedium: 'inapp' }, 'Mobile Push Notifications'],
  ['source only from an unknown site', { utmSource: 'partner.example' }, 'Unassigned'],
  ['unknown source and medium', { utmSource: 'flyer', utmMedium: 'qr' }, 'Unassigned'],
  ['UTM wins over the referrer', { utmSource: 'newsletter', utmMedium: 'email', referrer: 'https://www.google.com/' }, 'Email'],
  // No UTM: the referrer
  ['no referrer', { pageUrl: PAGE }, 'Direct'],
  ['nothing at all', {}, 'Direct'],
  ['google.de', { referrer: 'https://www.google.de/', pageUrl: PAGE }, 'Organic Search'],
  ['google.co.uk', { referrer: 'https://www.google.co.uk/', pageUrl: PAGE }, 'Organic Search'],
  ['bing', { referrer: 'https://www.bing.com/search?q=flywheel', pageUrl: PAGE }, 'Organic Search'],
  ['yandex.com.tr', { referrer: 'https://yandex.com.tr/', pageUrl: PAGE }, 'Organic Search'],
  ['Google app on Android', { referrer: 'android-app://com.google.android.googlequicksearchbox/', pageUrl: PAGE }, 'Organic Search'],
  ['l.facebook.com link shim', { referrer: 'https://l.facebook.com/', pageUrl: PAGE }, 'Organic Social'],
  ['t.co', { referrer: 'https://t.co/AbC123', pageUrl: PAGE }, 'Organic Social'],
  ['lnkd.in', { referrer: 'https://lnkd.in/eXyZ', pageUrl: PAGE }, 'Organic Social'],
  ['WeChat', { referrer: 'https://weixin.qq.com/', pageUrl: PAGE }, 'Organic Social'],
  ['LinkedIn Android app', { referrer: 'android-app://com.linkedin.android/', pageUrl: PAGE }, 'Organic Social'],
  ['youtube', { referrer: 'https://m.youtube.com/', pageUrl: PAGE }, 'Organic Video'],
  ['bilibili', { referrer: 'https://www.bilibili.com/video/BV1', pageUrl: PAGE }, 'Organic Video'],
  ['amazon.co.jp', { referrer: 'https://www.amazon.co.jp/dp/B0', pageUrl: PAGE }, 'Organic Shopping'],
  ['jd.com', { referrer: 'https://item.jd.com/1.html', pageUrl: PAGE }, 'Organic Shopping'],
  ['Gmail web (not Google search)', { referrer: 'https://mail.google.com/', pageUrl: PAGE }, 'Email'],
  ['Outlook web', { referrer: 'https://outlook.live.com/', pageUrl: PAGE }, 'Email'],
  ['Yahoo Mail', { referrer: 'https://mail.yahoo.com/d/folders/1', pageUrl: PAGE }, 'Email'],
  ['Gmail Android app', { referrer: 'android-app://com.google.android.gm/', pageUrl: PAGE }, 'Email'],
  ['a link in a Google Doc is a referral, not search', { referrer: 'https://docs.google.com/document/d/1', pageUrl: PAGE }, 'Referral'],
  ['another site', { referrer: 'https://news.example.org/post/1', pageUrl: PAGE }, 'Referral'],
  ['look-alike of Google', { referrer: 'https://google.com.evil.example/', pageUrl: PAGE }, 'Referral'],
  ['same host as the page', { referrer: 'https://www.flywheel.example/blog', pageUrl: PAGE }, 'Direct'],
  ['same host on localhost', { referrer: 'http://localhost:3000/a', pageUrl: 'http://localhost:3000/b' }, 'Direct'],
  ['utm_source of a webmail host but no email medium: GA4 has no email list', { utmSource: 'mail.google.com' }, 'Unassigned'],
  ['same site without www.', { referrer: 'https://flywheel.example/', pageUrl: PAGE }, 'Direct'],
  ['garbage referrer', { referrer: 'not a url %%%', pageUrl: PAGE }, 'Direct'],
  ['about:blank', { referrer: 'about:blank', pageUrl: PAGE }, 'Direct'],
  ['empty UTM values count as none', { utmSource: ' ', utmMedium: '', referrer: 'https://www.reddit.com/r/x', pageUrl: PAGE }, 'Organic Social'],
  ['Google Ads auto-tagging', { referrer: 'https://www.google.com/', pageUrl: `${PAGE}?gclid=Cj0KCQ` }, 'Paid Search'],
]

describe('channelGroup, GA4 default channel group', () => {
  it.each(CASES)('%s', (_why, visit, expected) => {
    expect(channelGroup(visit)).toBe(expected)
  })

  it('covers every group', () => {
    const seen = new Set(CASES.map(([, , group]) => group))
    expect(CHANNEL_GROUPS.filter((group) => !seen.has(group))).toEqual([])
    expect(CHANNEL_GROUPS).toHaveLength(19)
  })

  it('never throws on odd input', () => {
    for (const referrer of ['', '://', 'http://', 'https://[::1]:3000/', '\u0000', 'x'.repeat(100_000), 'mailto:a@b.c', 'http://ü.example/']) {
      expect(CHANNEL_GROUPS).toContain(channelGroup({ referrer, pageUrl: 'not a url', utmMedium: null }))
    }
    expect(channelGroup({ utmMedium: 'c'.repeat(100_000) + 'p' })).toBe('Paid Other')
  })

  it('is fast enough for every page view', () => {
    const visits = CASES.map(([, visit]) => visit)
    const started = performance.now()
    for (let i = 0; i < 100_000; i++) channelGroup(visits[i % visits.length])
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('sourceCategory', () => {
  it.each([
    ['google', 'search'], ['www.google.com.br', 'search'], ['search.yahoo.co.jp', 'search'], ['LinkedIn', 'social'],
    ['x.com', 'social'], ['ig', 'social'], ['youtu.be', 'video'], ['twitch.tv', 'video'], ['etsy.com', 'shopping'],
    ['google shopping', 'shopping'], ['mail.google.com', 'email'], ['webmail.example.org', 'email'],
    ['Google.CO.UK.', 'search'], ['docs.google.com', null], ['example.com', null], ['co.uk', null], ['mail.ru', null],
    ['', null], ['t', null],
  ] as const)('%s → %s', (source, category) => {
    expect(sourceCategory(source)).toBe(category)
  })
})
