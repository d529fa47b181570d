import { describe, expect, it } from 'vitest'

import { feedValidators, isNotModified, parseHttpDate } from '../../src/distribution/feeds/conditional'

const BODY = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Zürich</title></channel></rss>\n'
const UPDATED = new Date('2026-03-29T01:00:00.900Z')
const current = feedValidators(BODY, UPDATED)
const OTHER = '"not-ours"'

describe('feed validators', () => {
  it('makes a strong, quoted ETag from the body that changes with any byte', () => {
    expect(current.etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(feedValidators(BODY, new Date()).etag).toBe(current.etag)
    expect(feedValidators(BODY.replace('ü', 'u'), UPDATED).etag).not.toBe(current.etag)
  })

  it('writes Last-Modified as an IMF-fixdate with whole seconds', () => {
    expect(current.lastModified).toBe('Sun, 29 Mar 2026 01:00:00 GMT')
  })
})

describe('parseHttpDate', () => {
  const expected = Date.parse('1994-11-06T08:49:37Z')
  it.each([
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT'],
    ['obsolete RFC 850', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['obsolete asctime, in GMT whatever the server zone', 'Sun Nov  6 08:49:37 1994'],
  ])('reads the %s form', (_, text) => expect(parseHttpDate(text)).toBe(expected))

  it('reads asctime as GMT on a server in another zone', () => {
    const zone = process.env.TZ
    process.env.TZ = 'America/New_York'
    try {
      expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(expected)
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })

  it.each(['', 'yesterday', '2026-03-29T01:00:00Z', '784111777'])('refuses %j', (text) => {
    expect(parseHttpDate(text)).toBeNaN()
  })
})

describe('isNotModified (GET/HEAD, RFC 9110 §13.2.2)', () => {
  const weak = `W/${current.etag}`
  const before = 'Sun, 29 Mar 2026 00:59:59 GMT'
  const same = current.lastModified
  const later = 'Mon, 30 Mar 2026 00:00:00 GMT'

  it.each<[string, { ifNoneMatch?: string | null; ifModifiedSince?: string | null }, boolean]>([
    ['no conditional headers', {}, false],
    ['null headers', { ifNoneMatch: null, ifModifiedSince: null }, false],
    ['If-None-Match with our ETag', { ifNoneMatch: current.etag }, true],
    ['If-None-Match with our ETag marked weak (weak comparison)', { ifNoneMatch: weak }, true],
    ['If-None-Match listing ours among others', { ifNoneMatch: `${OTHER}, W/"x",${current.etag}` }, true],
    ['If-None-Match with another ETag', { ifNoneMatch: OTHER }, false],
    ['If-None-Match listing only other ETags', { ifNoneMatch: `${OTHER}, W/"y"` }, false],
    ['If-None-Match: *', { ifNoneMatch: '*' }, true],
    ['If-None-Match with our ETag unquoted', { ifNoneMatch: current.etag.slice(1, -1) }, false],
    ['a stale ETag, whatever If-Modified-Since says', { ifNoneMatch: OTHER, ifModifiedSince: later }, false],
    ['a current ETag, whatever If-Modified-Since says', { ifNoneMatch: current.etag, ifModifiedSince: before }, true],
    ['an empty If-None-Match, then If-Modified-Since decides', { ifNoneMatch: ' ', ifModifiedSince: same }, true],
    ['If-Modified-Since equal to Last-Modified (sub-second change ignored)', { ifModifiedSince: same }, true],
    ['If-Modified-Since after Last-Modified', { ifModifiedSince: later }, true],
    ['If-Modified-Since one second before Last-Modified', { ifModifiedSince: before }, false],
    ['If-Modified-Since in the asctime form', { ifModifiedSince: 'Sun Mar 29 01:00:00 2026' }, true],
    ['an If-Modified-Since that is not a date', { ifModifiedSince: 'yesterday' }, false],
    ['an If-Modified-Since that is not an HTTP-date', { ifModifiedSince: '2026-03-30T00:00:00Z' }, false],
  ])('%s → %s', (_, request, expected) => {
    expect(isNotModified(request, current)).toBe(expected)
  })
})
