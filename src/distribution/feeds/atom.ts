import { entryId, GENERATOR, toRfc3339, type Feed, type FeedAuthor, type FeedItem } from './feed'
import { element, emptyElement, openTag, XML_DECLARATION } from './xml'

// Atom 1.0, RFC 4287 (https://www.rfc-editor.org/rfc/rfc4287). Required: feed id, title, updated, an
// author unless every entry has one; entry id, title, updated, and a link or content.

export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'

const ATOM_NS = 'http://www.w3.org/2005/Atom'
const MEDIA_NS = 'http://search.yahoo.com/mrss/'

const renderAuthor = (author: FeedAuthor): string =>
  `<author>${element('name', author.name)}${element('uri', author.url)}${element('email', author.email)}</author>`

const renderEntry = (feed: Feed, item: FeedItem): string =>
  [
    '<entry>',
    element('id', entryId(feed, item)),
    element('title', item.title, { type: 'text' }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: item.url }),
    element('published', toRfc3339(item.published)),
    // `updated` is required; an item never edited was last updated when it was published.
    element('updated', toRfc3339(item.updated ?? item.published)),
    item.author ? renderAuthor(item.author) : '',
    element('summary', item.summary, { type: 'text' }),
    // type="html": the HTML travels escaped, which needs no well-formed XHTML from editors.
    element('content', item.contentHtml, { type: 'html' }),
    ...(item.categories ?? []).map((term) => emptyElement('category', { term })),
    item.image ? emptyElement('media:content', { url: item.image, medium: 'image' }) : '',
    '</entry>',
  ].join('')

export const renderAtom = (feed: Feed): string =>
  [
    XML_DECLARATION,
    openTag('feed', { xmlns: ATOM_NS, 'xmlns:media': MEDIA_NS, 'xml:lang': feed.language }),
    // The feed's id is its own address: stable for as long as the channel is served there.
    element('id', feed.selfUrls.atom),
    element('title', feed.title, { type: 'text' }),
    element('subtitle', feed.description, { type: 'text' }),
    element('updated', toRfc3339(feed.updated)),
    emptyElement('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrls.atom }),
    emptyElement('link', { rel: 'alternate', type: 'text/html', href: feed.siteUrl }),
    renderAuthor(feed.author ?? { name: feed.title }),
    element('generator', GENERATOR),
    ...feed.items.map((item) => renderEntry(feed, item)),
    '</feed>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n')
