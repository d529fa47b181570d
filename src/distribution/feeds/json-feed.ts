import { entryId, toRfc3339, type Feed, type FeedAuthor, type FeedItem } from './feed'

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Required: version, title, items; each item
// needs an id and content_html or content_text.

export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8'
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1'

export interface JsonFeedAuthor {
  name: string
  url?: string
}

export interface JsonFeedItem {
  id: string
  url: string
  title: string
  summary?: string
  content_html?: string
  content_text?: string
  image?: string
  date_published: string
  date_modified?: string
  authors?: JsonFeedAuthor[]
  tags?: string[]
}

export interface JsonFeed {
  version: typeof JSON_FEED_VERSION
  title: string
  home_page_url: string
  feed_url: string
  description: string
  language?: string
  authors?: JsonFeedAuthor[]
  items: JsonFeedItem[]
}

// JSON Feed authors have no email field; a name and a URL are all it carries.
const toAuthors = (author: FeedAuthor | undefined): JsonFeedAuthor[] | undefined =>
  author ? [{ name: author.name, ...(author.url ? { url: author.url } : {}) }] : undefined

const toItem = (feed: Feed, item: FeedItem): JsonFeedItem => ({
  id: entryId(feed, item),
  url: item.url,
  title: item.title,
  summary: item.summary,
  content_html: item.contentHtml,
  // Without HTML the item still needs some content; the summary (or the title) is the best there is.
  content_text: item.contentHtml === undefined ? (item.summary ?? item.title) : undefined,
  image: item.image,
  date_published: toRfc3339(item.published),
  date_modified: item.updated ? toRfc3339(item.updated) : undefined,
  authors: toAuthors(item.author),
  tags: item.categories?.length ? [...item.categories] : undefined,
})

/** The feed as an object, for callers (and tests) that want to inspect it before it is serialised. */
export const toJsonFeed = (feed: Feed): JsonFeed => ({
  version: JSON_FEED_VERSION,
  title: feed.title,
  home_page_url: feed.siteUrl,
  feed_url: feed.selfUrls.json,
  description: feed.description,
  language: feed.language,
  authors: toAuthors(feed.author),
  items: feed.items.map((item) => toItem(feed, item)),
})

/** JSON.stringify drops the undefined optional fields and escapes lone surrogates, so the output is valid JSON. */
export const renderJsonFeed = (feed: Feed): string => `${JSON.stringify(toJsonFeed(feed))}\n`
