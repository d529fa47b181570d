import { entryId, GENERATOR, type Feed, type FeedItem } from './feed'
import { element, emptyElement, openTag, XML_DECLARATION } from './xml'

// RSS 2.0 (https://www.rssboard.org/rss-specification) with the extensions readers understand:
// atom:link rel="self" (https://www.rssboard.org/rss-profile#namespace-elements-atom-link),
// content:encoded for the full HTML, dc:creator for an author without an email, media:content for the image.

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8'

const NAMESPACES = {
  version: '2.0',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
}

/** RFC 822 date as RSS requires, e.g. `Sun, 29 Mar 2026 01:00:00 GMT` (toUTCString is exactly that form). */
export const toRfc822 = (date: Date): string => date.toUTCString()

const renderItem = (feed: Feed, item: FeedItem): string =>
  [
    '<item>',
    element('title', item.title),
    element('link', item.url),
    // Not a permalink: the id is stable but not a URL readers should open, and `link` is the tracked URL.
    element('guid', entryId(feed, item), { isPermaLink: 'false' }),
    element('pubDate', toRfc822(item.published)),
    element('description', item.summary),
    element('content:encoded', item.contentHtml),
    // RSS's own <author> must be an email address; dc:creator takes a name.
    element('dc:creator', item.author?.name),
    ...(item.categories ?? []).map((category) => element('category', category)),
    item.image ? emptyElement('media:content', { url: item.image, medium: 'image' }) : '',
    // RSS has no element for an item's last update; readers compare guid and content instead.
    '</item>',
  ].join('')

export const renderRss = (feed: Feed): string =>
  [
    XML_DECLARATION,
    openTag('rss', NAMESPACES),
    '<channel>',
    element('title', feed.title),
    element('link', feed.siteUrl),
    element('description', feed.description),
    emptyElement('atom:link', { href: feed.selfUrls.rss, rel: 'self', type: 'application/rss+xml' }),
    element('language', feed.language),
    element('lastBuildDate', toRfc822(feed.updated)),
    element('generator', GENERATOR),
    ...feed.items.map((item) => renderItem(feed, item)),
    '</channel>',
    '</rss>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n')
