// The one input every feed format is rendered from (rss.ts, atom.ts, json-feed.ts), so the three
// formats of a channel can never disagree about what is in it.

export interface FeedAuthor {
  name: string
  url?: string
  email?: string
}

export interface FeedItem {
  /** Stable identifier of the content item; never the tracked link, whose query string may change. */
  id: string
  title: string
  /** Plain text. */
  summary?: string
  contentHtml?: string
  /** The tracked link readers follow, built by the caller. */
  url: string
  /** Absolute URL of the item's image. */
  image?: string
  author?: FeedAuthor
  published: Date
  updated?: Date
  categories?: readonly string[]
}

export interface Feed {
  title: string
  description: string
  /** The website the channel belongs to (RSS `<link>`, Atom `rel="alternate"`, JSON Feed `home_page_url`). */
  siteUrl: string
  /** Where each format is served, for `rel="self"` and JSON Feed's `feed_url`. */
  selfUrls: { rss: string; atom: string; json: string }
  updated: Date
  /** Feed-level author; Atom requires one whenever an entry has none, so the title stands in. */
  author?: FeedAuthor
  /** BCP 47 tag, e.g. `en` or `de-DE`. */
  language?: string
  /** Already ordered and limited by the caller. */
  items: readonly FeedItem[]
}

export const GENERATOR = 'Flywheel'

/** RFC 3339 in UTC without fractional seconds (Atom `updated`, JSON Feed `date_published`). */
export const toRfc3339 = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

// Any fixed date works for a tag URI (RFC 4151 §2.1); it must simply never change, or every id would.
const TAG_DATE = '2026'

/**
 * The entry id used by all three formats. Atom needs an absolute IRI (RFC 4287 §4.2.6), so an id that
 * is not one (a database id like `42`) becomes `tag:<site host>,2026:<id>`; the same item keeps the same
 * id in every format and every time the feed is rendered.
 */
export const entryId = (feed: Feed, item: FeedItem): string => {
  if (/^[a-z][a-z0-9+.-]*:/i.test(item.id)) return item.id
  return `tag:${new URL(feed.siteUrl).hostname},${TAG_DATE}:${encodeURIComponent(item.id)}`
}
