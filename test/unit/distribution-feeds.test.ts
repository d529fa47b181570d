import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'

import { renderAtom } from '../../src/distribution/feeds/atom'
import { entryId, type Feed, type FeedItem } from '../../src/distribution/feeds/feed'
import { JSON_FEED_VERSION, renderJsonFeed } from '../../src/distribution/feeds/json-feed'
import { renderRss } from '../../src/distribution/feeds/rss'

// Text that breaks naive feeds: markup characters, quotes, CDATA's terminator, characters XML 1.0 cannot
// carry at all (NUL, backspace, vertical tab, U+FFFE, a lone surrogate), and an astral character.
const NASTY = `Growth & "Retention" <Weekly> — it's 'live' ]]> \u0000\u0008\u000B\uFFFE\uD800 🚀`
const NASTY_CLEAN = `Growth & "Retention" <Weekly> — it's 'live' ]]>  🚀`
const HTML = '<p>Read <a href="https://example.com/?a=1&amp;b=2">this</a> &amp; that]]></p>\u0001<script>x<y</script>'
const HTML_CLEAN = '<p>Read <a href="https://example.com/?a=1&amp;b=2">this</a> &amp; that]]></p><script>x<y</script>'
const TRACKED = 'https://go.example.com/l/abc123?utm_source=feed&utm_medium=rss'

const full: FeedItem = {
  id: '42',
  title: NASTY,
  summary: `Summary: ${NASTY}`,
  contentHtml: HTML,
  url: TRACKED,
  image: 'https://cdn.example.com/i.png?w=1200&h=630',
  author: { name: 'Ada <Ops> & Co', url: 'https://example.com/ada', email: 'ada@example.com' },
  published: new Date('2026-03-29T01:00:00.000Z'),
  updated: new Date('2026-03-30T08:15:30.500Z'),
  categories: ['Growth & SEO', 'B2B'],
}

const bare: FeedItem = {
  id: 'https://www.example.com/guides/onboarding',
  title: 'Onboarding guide',
  url: 'https://go.example.com/l/xyz',
  published: new Date('2026-01-05T09:00:00.000Z'),
}

const feed: Feed = {
  title: `Channel: ${NASTY}`,
  description: 'Everything <new> & shipped',
  siteUrl: 'https://www.example.com/',
  selfUrls: {
    rss: 'https://api.example.com/feeds/growth.rss?lang=en&v=2',
    atom: 'https://api.example.com/feeds/growth.atom',
    json: 'https://api.example.com/feeds/growth.json',
  },
  updated: new Date('2026-03-30T08:15:30.500Z'),
  language: 'en',
  items: [full, bare],
}

// Every code point must match XML 1.0's Char production (https://www.w3.org/TR/xml/#charsets); no parser
// at hand checks this, so the test does, by code point ranges rather than the implementation's regex.
const isXmlChar = (cp: number): boolean =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000
const badCharacters = (text: string): number[] => [...text].map((c) => c.codePointAt(0)!).filter((cp) => !isXmlChar(cp))

const parseWellFormed = (xml: string, repeated: string[]) => {
  expect(XMLValidator.validate(xml)).toBe(true)
  expect(badCharacters(xml)).toEqual([])
  // XML knows five named entities; an HTML one such as &nbsp; would be a fatal error for a strict reader.
  expect(xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)[^\s]{0,10}/gi)).toBeNull()
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    // Lists even when one long, so one and several elements read alike.
    isArray: (name) => repeated.includes(name),
  }).parse(xml)
}

const RSS_LISTS = ['item', 'category']
const ATOM_LISTS = ['entry', 'category', 'link']

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} [\d:]{8} GMT$/
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/

describe('entry ids', () => {
  it('keeps absolute IRIs and turns other ids into tag URIs on the site host', () => {
    expect(entryId(feed, bare)).toBe('https://www.example.com/guides/onboarding')
    expect(entryId(feed, { ...bare, id: 'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66' })).toBe(
      'urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66',
    )
    expect(entryId(feed, full)).toBe('tag:www.example.com,2026:42')
    expect(entryId(feed, { ...bare, id: 'a b/c' })).toBe('tag:www.example.com,2026:a%20b%2Fc')
  })

  it('does not depend on the tracked link, the title or the position in the feed', () => {
    const moved: Feed = {
      ...feed,
      items: [{ ...bare, url: `${bare.url}?utm_campaign=new` }, { ...full, title: 'Renamed', url: `${TRACKED}&x=1` }],
    }
    const idsOf = (f: Feed) => JSON.parse(renderJsonFeed(f)).items.map((i: { id: string }) => i.id).sort()
    expect(idsOf(moved)).toEqual(idsOf(feed))
  })
})

describe('RSS 2.0', () => {
  const xml = renderRss(feed)
  const { rss } = parseWellFormed(xml, RSS_LISTS)
  const channel = rss.channel

  it('is well-formed XML with the version, namespaces and required channel elements', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss ')).toBe(true)
    expect(rss['@version']).toBe('2.0')
    expect(rss['@xmlns:atom']).toBe('http://www.w3.org/2005/Atom')
    expect(rss['@xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/')
    expect(channel.title).toBe(`Channel: ${NASTY_CLEAN}`)
    expect(channel.link).toBe('https://www.example.com/')
    expect(channel.description).toBe('Everything <new> & shipped')
    expect(channel.language).toBe('en')
  })

  it('links to itself with atom:link rel="self"', () => {
    expect(channel['atom:link']).toEqual({ '@href': feed.selfUrls.rss, '@rel': 'self', '@type': 'application/rss+xml' })
  })

  it('writes RFC 822 dates', () => {
    expect(channel.lastBuildDate).toBe('Mon, 30 Mar 2026 08:15:30 GMT')
    expect(channel.item[0].pubDate).toBe('Sun, 29 Mar 2026 01:00:00 GMT')
    for (const item of channel.item) expect(item.pubDate).toMatch(RFC_822)
  })

  it('carries every field of an item, escaped and without invalid characters', () => {
    const [item] = channel.item
    expect(item.title).toBe(NASTY_CLEAN)
    expect(item.link).toBe(TRACKED)
    expect(item.guid).toEqual({ '#text': 'tag:www.example.com,2026:42', '@isPermaLink': 'false' })
    expect(item.description).toBe(`Summary: ${NASTY_CLEAN}`)
    expect(item['content:encoded']).toBe(HTML_CLEAN)
    expect(item['dc:creator']).toBe('Ada <Ops> & Co')
    expect(item.category).toEqual(['Growth & SEO', 'B2B'])
    expect(item['media:content']).toEqual({ '@url': full.image, '@medium': 'image' })
  })

  it('leaves optional elements out instead of writing them empty', () => {
    const item = channel.item[1]
    expect(Object.keys(item).sort()).toEqual(['guid', 'link', 'pubDate', 'title'])
  })

  it('leaves an absent channel language out', () => {
    const xml = renderRss({ ...feed, language: undefined })
    expect(xml).not.toMatch(/<language|\n\n/)
    expect(renderAtom({ ...feed, language: undefined })).not.toMatch(/xml:lang|\n\n/)
  })

  it('stays well-formed with no items', () => {
    expect(parseWellFormed(renderRss({ ...feed, items: [] }), RSS_LISTS).rss.channel.item).toBeUndefined()
  })
})

describe('Atom 1.0', () => {
  const xml = renderAtom(feed)
  const atom = parseWellFormed(xml, ATOM_LISTS).feed

  it('is well-formed XML in the Atom namespace with the required feed elements', () => {
    expect(atom['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(atom['@xml:lang']).toBe('en')
    expect(atom.id).toBe(feed.selfUrls.atom)
    expect(atom.title['#text']).toBe(`Channel: ${NASTY_CLEAN}`)
    expect(atom.updated).toBe('2026-03-30T08:15:30Z')
    // An entry without an author needs the feed's (RFC 4287 §4.1.1).
    expect(atom.author.name).toBe(`Channel: ${NASTY_CLEAN}`)
  })

  it('links to itself and to the site', () => {
    expect(atom.link).toEqual([
      { '@rel': 'self', '@type': 'application/atom+xml', '@href': feed.selfUrls.atom },
      { '@rel': 'alternate', '@type': 'text/html', '@href': feed.siteUrl },
    ])
  })

  it('carries every field of an entry with RFC 3339 dates', () => {
    const [entry] = atom.entry
    expect(entry.id).toBe('tag:www.example.com,2026:42')
    expect(entry.title['#text']).toBe(NASTY_CLEAN)
    expect(entry.link).toEqual([{ '@rel': 'alternate', '@type': 'text/html', '@href': TRACKED }])
    expect(entry.published).toBe('2026-03-29T01:00:00Z')
    expect(entry.updated).toBe('2026-03-30T08:15:30Z')
    expect(entry.author).toEqual({ name: 'Ada <Ops> & Co', uri: 'https://example.com/ada', email: 'ada@example.com' })
    expect(entry.summary['#text']).toBe(`Summary: ${NASTY_CLEAN}`)
    expect(entry.content).toEqual({ '#text': HTML_CLEAN, '@type': 'html' })
    expect(entry.category).toEqual([{ '@term': 'Growth & SEO' }, { '@term': 'B2B' }])
    for (const e of atom.entry) {
      expect(e.updated).toMatch(RFC_3339)
      expect(e.published).toMatch(RFC_3339)
    }
  })

  it('uses the publication date as updated for an entry never edited', () => {
    expect(atom.entry[1].updated).toBe('2026-01-05T09:00:00Z')
    expect(atom.entry[1].author).toBeUndefined()
  })

  it('uses the same ids as RSS', () => {
    const items: { guid: { '#text': string } }[] = parseWellFormed(renderRss(feed), RSS_LISTS).rss.channel.item
    const guids = items.map((item) => item.guid['#text'])
    expect(atom.entry.map((e: { id: string }) => e.id)).toEqual(guids)
  })
})

describe('JSON Feed 1.1', () => {
  const text = renderJsonFeed(feed)
  const json = JSON.parse(text)

  it('has the required top-level fields', () => {
    expect(json.version).toBe(JSON_FEED_VERSION)
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.title).toBe(feed.title)
    expect(Array.isArray(json.items)).toBe(true)
    expect(json.home_page_url).toBe(feed.siteUrl)
    expect(json.feed_url).toBe(feed.selfUrls.json)
    expect(json.language).toBe('en')
  })

  it('gives every item an id and some content', () => {
    for (const item of json.items) {
      expect(typeof item.id).toBe('string')
      expect(item.id).not.toBe('')
      expect(typeof (item.content_html ?? item.content_text)).toBe('string')
      expect(item.date_published).toMatch(RFC_3339)
    }
  })

  it('carries every field of an item', () => {
    expect(json.items[0]).toEqual({
      id: 'tag:www.example.com,2026:42',
      url: TRACKED,
      title: full.title,
      summary: full.summary,
      content_html: full.contentHtml,
      image: full.image,
      date_published: '2026-03-29T01:00:00Z',
      date_modified: '2026-03-30T08:15:30Z',
      authors: [{ name: 'Ada <Ops> & Co', url: 'https://example.com/ada' }],
      tags: ['Growth & SEO', 'B2B'],
    })
  })

  it('falls back to content_text and writes no null or empty fields', () => {
    expect(json.items[1]).toEqual({
      id: bare.id,
      url: bare.url,
      title: 'Onboarding guide',
      content_text: 'Onboarding guide',
      date_published: '2026-01-05T09:00:00Z',
    })
    expect(text).not.toMatch(/null/)
  })

  it('escapes lone surrogates so the output is valid UTF-8 JSON', () => {
    expect(text).toContain('\\ud800')
    expect(Buffer.from(text, 'utf8').toString('utf8')).toBe(text)
  })
})
