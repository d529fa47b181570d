/**
 * GA4's source categories (search, social, video, shopping sites), which its default channel group rules match a
 * visit's source against: https://support.google.com/analytics/answer/9756891 (the "list of source categories"
 * download). GA4's list has hundreds of exact strings; this one is compact, and matches by host instead so that
 * one entry covers every subdomain (m.facebook.com, l.facebook.com) and every country domain (google.de,
 * google.co.uk, amazon.co.jp, yandex.com.tr). Email (webmail hosts) is our addition: GA4 has no such list.
 */
export type SourceCategory = 'search' | 'social' | 'video' | 'shopping' | 'email'

const entries = <C extends SourceCategory | null>(category: C, names: string): [string, C][] =>
  names.split(' ').map((name) => [name, category])

/**
 * Hosts, matched exactly or as a suffix (most specific first), for sites whose name is not a brand label (t.co,
 * lnkd.in), subdomains that differ from their parent (mail.google.com is webmail, not search), and Android app ids
 * (an app's referrer is android-app://<id>/). null: the host is an ordinary site (a link in a Google Doc is a referral).
 */
const HOSTS = new Map<string, SourceCategory | null>([
  ...entries('search', 'ya.ru so.com search.brave.com com.google.android.googlequicksearchbox'),
  ...entries('social', 't.co x.com lnkd.in fb.me fb.com t.me weixin.qq.com wx.qq.com xhslink.com ok.ru bsky.app news.ycombinator.com'),
  ...entries('video', 'youtu.be b23.tv v.qq.com com.google.android.youtube'),
  ...entries('shopping', 'jd.com tmall.com amzn.to a.co shop.app'),
  ...entries('email', 'mail.google.com inbox.google.com outlook.live.com outlook.office.com outlook.office365.com mail.yahoo.com'),
  ...entries('email', 'mail.aol.com mail.proton.me mail.zoho.com e.mail.ru com.google.android.gm com.microsoft.office.outlook'),
  ...entries(null, 'docs.google.com drive.google.com sites.google.com groups.google.com accounts.google.com translate.google.com'),
  ...entries(null, 'play.google.com support.google.com developers.google.com calendar.google.com'),
])

/**
 * Brand labels: the label before the public suffix (google in www.google.co.uk), and also a bare utm_source
 * ("linkedin", "google") as GA4's list has the names as well as the hosts.
 */
const BRANDS = new Map<string, SourceCategory>([
  ...entries('search', 'google bing duckduckgo baidu yandex naver ecosia yahoo msn ask aol qwant startpage seznam sogou daum'),
  ...entries('social', 'facebook instagram linkedin twitter reddit weibo wechat xiaohongshu pinterest tiktok quora threads'),
  ...entries('social', 'snapchat tumblr whatsapp telegram discord vk mastodon douban'),
  ...entries('video', 'youtube vimeo bilibili youku twitch dailymotion iqiyi netflix'),
  ...entries('shopping', 'amazon ebay etsy shopify taobao walmart aliexpress alibaba rakuten mercadolibre shopee'),
])

/** Short source names people type into utm_source that are not a site's brand label. Matched only as a whole source. */
const ALIASES = new Map<string, SourceCategory>([
  ...entries('social', 'fb ig x li tw meta'),
  ...entries('video', 'yt'),
  ['google shopping', 'shopping'],
])

/** Second-level labels under a two-letter country code (co.uk, com.br, ne.jp): the brand is the label before them. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'ne', 'or', 'go', 'gob'])

/** First labels that mark a webmail host on any domain (webmail.example.org, mail.example.co.uk). */
const WEBMAIL = new Set(['mail', 'webmail', 'outlook', 'owa'])

/**
 * The category of a host (www.google.de) or a utm_source name (google), or null for any other site or name.
 * Case-insensitive. Index arithmetic instead of split(), and no cache: it runs for every page view.
 */
export const sourceCategory = (hostOrSource: string): SourceCategory | null => {
  let name = hostOrSource.trim().toLowerCase()
  if (name.endsWith('.')) name = name.slice(0, -1)
  const last = name.lastIndexOf('.')
  if (last < 0) return ALIASES.get(name) ?? BRANDS.get(name) ?? null
  // Most specific suffix first, so mail.google.com wins over google and docs.google.com stays an ordinary site.
  for (let at = 0; at <= last; at = name.indexOf('.', at) + 1) {
    const hit = HOSTS.get(at ? name.slice(at) : name)
    if (hit !== undefined) return hit
  }
  const prev = last > 0 ? name.lastIndexOf('.', last - 1) : -1
  if (prev > 0 && WEBMAIL.has(name.slice(0, name.indexOf('.')))) return 'email'
  // Only the registrable label counts (google in www.google.co.uk), so google.com.evil.example is not Google.
  let brand = name.slice(prev + 1, last)
  if (prev > 0 && last === name.length - 3 && SECOND_LEVEL.has(brand)) brand = name.slice(name.lastIndexOf('.', prev - 1) + 1, prev)
  return BRANDS.get(brand) ?? null
}
