import { describe, expect, it } from 'vitest'

import { refuseDestination } from '../../src/attribution/links/allow-list'
import { classifyClick } from '../../src/attribution/clicks/classify'
import { CLICK_ID_PATTERN, clickIdGenerator, CODE_PATTERN, generateCode } from '../../src/attribution/links/code'
import { defaultMedium, withUtm } from '../../src/attribution/links/utm'

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'

describe('destination allow-list', () => {
  const allowed = ['example.com', '*.partner.org']
  it.each([
    ['https://example.com/a', undefined],
    ['http://docs.example.com/a?b=c', undefined],
    ['https://EXAMPLE.com./x', undefined],
    ['https://www.partner.org/', undefined],
    ['https://partner.org/', undefined],
  ])('allows %s', (url, expected) => expect(refuseDestination(url, allowed)).toBe(expected))

  it.each([
    ['https://evil.test/', /evil\.test is not on the allowed/],
    ['https://example.com.evil.test/', /example\.com\.evil\.test is not on the allowed/],
    ['https://notexample.com/', /notexample\.com is not on the allowed/],
    ['//evil.test/x', /not an absolute URL/],
    ['/relative', /not an absolute URL/],
    ['javascript:alert(1)', /only http and https/],
    ['data:text/html,hi', /only http and https/],
    ['https://example.com@evil.test/', /user name or password/],
    ['https://user:pw@example.com/', /user name or password/],
  ])('refuses %s', (url, reason) => expect(refuseDestination(url, allowed)).toMatch(reason))
})

describe('click classification', () => {
  it('counts a browser GET as human', () => {
    expect(classifyClick('GET', { 'user-agent': CHROME })).toEqual({ human: true, botReason: null })
  })
  it.each([
    ['HEAD', { 'user-agent': CHROME }, 'head'],
    ['GET', { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' }, 'user-agent'],
    ['GET', { 'user-agent': 'curl/8.5.0' }, 'user-agent'],
    ['GET', {}, 'user-agent'],
    ['GET', { 'user-agent': CHROME, purpose: 'prefetch' }, 'prefetch'],
    ['GET', { 'user-agent': CHROME, 'sec-purpose': 'prefetch;prerender' }, 'prefetch'],
  ])('%s %j is not human (%s)', (method, headers, reason) => {
    expect(classifyClick(method, headers as Record<string, string>)).toEqual({ human: false, botReason: reason })
  })
})

describe('codes, click ids and UTM parameters', () => {
  it('generates distinct URL-safe codes and click ids', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateCode()))
    expect(codes.size).toBe(1000)
    for (const code of codes) expect(code).toMatch(CODE_PATTERN)
    const next = clickIdGenerator()
    const ids = Array.from({ length: 2000 }, next)
    expect(new Set(ids).size).toBe(2000)
    for (const id of ids) expect(id).toMatch(CLICK_ID_PATTERN)
    // Time first: ids made later sort after earlier ones (the index grows at its right edge).
    expect(ids[0].slice(0, 9) <= ids[1999].slice(0, 9)).toBe(true)
    // The clock may tick between the calls: the id's time lies between the two readings.
    const before = Date.now()
    const stamp = parseInt(next().slice(0, 9), 36)
    expect(stamp).toBeGreaterThanOrEqual(before)
    expect(stamp).toBeLessThanOrEqual(Date.now())
    expect(CODE_PATTERN.test('a/b')).toBe(false)
  })
  it('sets UTM parameters over the ones in the URL and keeps the rest', () => {
    const url = withUtm('https://example.com/p?utm_source=old&x=1', { source: 'newsletter', medium: 'email', campaign: null })
    expect(url.search).toBe('?utm_source=newsletter&x=1&utm_medium=email')
  })
  it('derives utm_medium from the channel name', () => {
    expect(['newsletter', 'linkedin', 'google-ads', 'booth-a12', 'partner-feed', 'misc'].map(defaultMedium)).toEqual([
      'email',
      'social',
      'cpc',
      'offline',
      'referral',
      'referral',
    ])
  })
})
