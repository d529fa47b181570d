import type { PayloadRequest, SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { afterTransaction } from '../../src/cache/after-commit'
import { dependentsFrom } from '../../src/cache/dependencies'
import { matchesIfNoneMatch, strongEtag } from '../../src/cache/etag'
import { graphqlScope, isCacheableDocument } from '../../src/cache/graphql-scope'
import { ResponseCache, type StoredResponse } from '../../src/cache/response-cache'
import { cookieNames, restReadScope } from '../../src/cache/scope'
import { readCacheSettings } from '../../src/cache/settings'

const response = (text: string, status = 200): StoredResponse => {
  const body = Buffer.from(text)
  return { status, headers: [['content-type', 'application/json']], body, etag: strongEtag(body) }
}
const loaded = (text: string, cacheable = true) => async () => ({ response: response(text), cacheable })

describe('ResponseCache', () => {
  const limits = { ttlSeconds: 10, maxBytes: 1024 * 1024, maxEntries: 100 }

  it('answers a repeat read from memory until the TTL runs out', async () => {
    let now = 0
    const cache = new ResponseCache(limits, () => now)
    expect((await cache.read('k', ['t'], loaded('one'))).hit).toBe(false)
    const again = await cache.read('k', ['t'], loaded('two'))
    expect(again.hit).toBe(true)
    expect(again.response.body.toString()).toBe('one')
    now = 10_000
    const expired = await cache.read('k', ['t'], loaded('three'))
    expect(expired).toMatchObject({ hit: false })
    expect(expired.response.body.toString()).toBe('three')
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 2, entries: 1 })
  })

  it('keeps only what the loader calls cacheable', async () => {
    const cache = new ResponseCache(limits)
    await cache.read('k', ['t'], loaded('error', false))
    expect((await cache.read('k', ['t'], loaded('ok'))).hit).toBe(false)
    expect((await cache.read('k', ['t'], loaded('later'))).response.body.toString()).toBe('ok')
  })

  it('evicts the least recently used entry past the entry and byte limits', async () => {
    const byCount = new ResponseCache({ ...limits, maxEntries: 2 })
    await byCount.read('a', [], loaded('a'))
    await byCount.read('b', [], loaded('b'))
    await byCount.read('a', [], loaded('x')) // a is now the most recent
    await byCount.read('c', [], loaded('c'))
    expect((await byCount.read('a', [], loaded('x'))).hit).toBe(true)
    expect((await byCount.read('b', [], loaded('x'))).hit).toBe(false)
    expect(byCount.stats().evictions).toBeGreaterThan(0)

    const byBytes = new ResponseCache({ ...limits, maxBytes: 4000 })
    for (const key of ['1', '2', '3', '4', '5']) await byBytes.read(key, [], loaded('x'.repeat(700)))
    expect(byBytes.stats().bytes).toBeLessThanOrEqual(4000)
    expect(byBytes.stats().entries).toBeLessThan(5)
    // One body over a quarter of the budget is never stored.
    await byBytes.read('big', [], loaded('x'.repeat(1200)))
    expect((await byBytes.read('big', [], loaded('y'))).hit).toBe(false)
  })

  it('drops entries by tag and leaves the others', async () => {
    const cache = new ResponseCache(limits)
    await cache.read('paper', ['rest:white-papers'], loaded('p'))
    await cache.read('query', ['query'], loaded('q'))
    await cache.read('media', ['rest:media'], loaded('m'))
    expect(cache.invalidate(['query', 'rest:white-papers'])).toBe(2)
    expect((await cache.read('media', ['rest:media'], loaded('x'))).hit).toBe(true)
    expect((await cache.read('paper', ['rest:white-papers'], loaded('x'))).hit).toBe(false)
    expect(cache.stats().entries).toBe(2)
  })

  it('does not store a load that an invalidation overtook', async () => {
    const cache = new ResponseCache(limits)
    let finish!: () => void
    const slow = cache.read('k', ['t'], () => new Promise((resolve) => (finish = () => resolve({ response: response('old'), cacheable: true }))))
    cache.invalidate(['t'])
    finish()
    expect((await slow).response.body.toString()).toBe('old')
    expect((await cache.read('k', ['t'], loaded('new'))).response.body.toString()).toBe('new')
  })

  it('runs one load for identical concurrent misses, but not across an invalidation', async () => {
    const cache = new ResponseCache(limits)
    let loads = 0
    const load = async () => {
      loads++
      await new Promise((r) => setTimeout(r, 10))
      return { response: response(`v${loads}`), cacheable: true }
    }
    const [a, b] = await Promise.all([cache.read('k', ['t'], load), cache.read('k', ['t'], load)])
    expect(loads).toBe(1)
    expect(b.response.body.toString()).toBe(a.response.body.toString())
    expect(cache.stats().coalesced).toBe(1)

    const before = cache.read('j', ['t'], load)
    cache.invalidate(['t'])
    const after = await cache.read('j', ['t'], load)
    await before
    expect(loads).toBe(3)
    expect(after.response.body.toString()).toBe('v3')
  })
})

describe('validators', () => {
  it('makes a strong ETag that follows the bytes', () => {
    expect(strongEtag(Buffer.from('a'))).toMatch(/^"[\w-]+"$/)
    expect(strongEtag(Buffer.from('a'))).toBe(strongEtag(Buffer.from('a')))
    expect(strongEtag(Buffer.from('a'))).not.toBe(strongEtag(Buffer.from('b')))
  })

  it('matches If-None-Match weakly, in lists and with *', () => {
    const etag = '"abc"'
    expect(matchesIfNoneMatch('"abc"', etag)).toBe(true)
    expect(matchesIfNoneMatch('W/"abc"', etag)).toBe(true)
    expect(matchesIfNoneMatch('"x", "abc"', etag)).toBe(true)
    expect(matchesIfNoneMatch('*', etag)).toBe(true)
    expect(matchesIfNoneMatch('"abcd"', etag)).toBe(false)
    expect(matchesIfNoneMatch('abc', etag)).toBe(false)
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false)
  })
})

describe('which reads are cached', () => {
  const cookies = cookieNames('payload')
  const scope = (url: string, headers: Record<string, string> = {}) =>
    restReadScope({ path: url.split('?')[0], url, headers, cookies })

  it('caches anonymous reads of content, media, taxonomy and the content queries', () => {
    expect(scope('/api/white-papers?where[slug][equals]=x')).toMatchObject({ kind: 'public', tags: ['rest:white-papers'] })
    expect(scope('/api/guides/12')).toMatchObject({ kind: 'public', tags: ['rest:guides'] })
    expect(scope('/api/media')).toMatchObject({ kind: 'public', tags: ['rest:media'] })
    expect(scope('/api/growth-layers')).toMatchObject({ kind: 'public', tags: ['rest:growth-layers'] })
    expect(scope('/api/content/by-slug/white-papers/x')).toMatchObject({ kind: 'public', tags: ['query'] })
    expect(scope('/api/white-papers?draft=false')).toMatchObject({ kind: 'public' })
  })

  it('leaves users, campaigns, files and version history alone', () => {
    for (const url of ['/api/users/me', '/api/campaigns', '/api/media/file/a.png', '/api/white-papers/versions', '/api/preview-token'])
      expect(scope(url)).toEqual({ kind: 'other' })
  })

  it('never caches signed-in, draft or preview reads', () => {
    expect(scope('/api/white-papers', { authorization: 'JWT x' })).toEqual({ kind: 'private' })
    expect(scope('/api/white-papers', { authorization: 'users API-Key k' })).toEqual({ kind: 'private' })
    expect(scope('/api/white-papers', { cookie: 'a=1; payload-token=abc' })).toEqual({ kind: 'private' })
    expect(scope('/api/white-papers?draft=true')).toEqual({ kind: 'private' })
    expect(scope('/api/white-papers?draft=1')).toEqual({ kind: 'private' })
    expect(scope('/api/white-papers?preview=t')).toEqual({ kind: 'private' })
    expect(scope('/api/white-papers', { 'x-preview-token': 't' })).toEqual({ kind: 'private' })
    // Other cookies (analytics, theme) do not make a reader private.
    expect(scope('/api/white-papers', { cookie: 'theme=dark; not-payload-token=1' })).toMatchObject({ kind: 'public' })
  })

  it('keys by URL and the language a reader asks for', () => {
    const key = (url: string, headers: Record<string, string> = {}) => (scope(url, headers) as { key: string }).key
    expect(key('/api/guides?locale=en')).not.toBe(key('/api/guides?locale=zh'))
    expect(key('/api/guides', { 'accept-language': 'zh' })).not.toBe(key('/api/guides', { 'accept-language': 'en' }))
    expect(key('/api/guides', { cookie: 'payload-lng=zh' })).not.toBe(key('/api/guides'))
    expect(key('/api/guides', { 'user-agent': 'a' })).toBe(key('/api/guides', { 'user-agent': 'b' }))
  })
})

describe('which GraphQL documents are cached', () => {
  it('caches queries only', () => {
    expect(isCacheableDocument('{ WhitePapers { docs { id } } }')).toBe(true)
    expect(isCacheableDocument('query Q($s: String) { WhitePapers(where: { slug: { equals: $s } }) { docs { id } } }')).toBe(true)
    expect(isCacheableDocument('mutation { updateIndustry(id: 1, data: { name: "x" }) { id } }')).toBe(false)
    expect(isCacheableDocument('query A { Industries { docs { id } } } mutation B { logoutUser }')).toBe(false)
    expect(isCacheableDocument('subscription { x }')).toBe(false)
    expect(isCacheableDocument('{ not valid')).toBe(false)
    expect(isCacheableDocument('fragment F on X { id }')).toBe(false)
  })

  it('never caches a document that may read drafts', () => {
    expect(isCacheableDocument('{ WhitePaper(id: 1, draft: true) { title } }')).toBe(false)
    expect(isCacheableDocument('query ($d: Boolean) { WhitePaper(id: 1, draft: $d) { title } }')).toBe(false)
    expect(isCacheableDocument('{ WhitePaper(id: 1, draft: false) { title } }')).toBe(true)
  })

  it('keys by the whole body and the reader headers, and leaves signed-in requests alone', () => {
    const cookies = cookieNames()
    const scopeOf = (body: object, headers: Record<string, string> = {}) =>
      graphqlScope({ url: '/api/graphql', headers, body: Buffer.from(JSON.stringify(body)), cookies })
    const q = { query: '{ Industries { docs { name } } }' }
    const key = (body: object, headers?: Record<string, string>) => (scopeOf(body, headers) as { key: string }).key
    expect(key(q)).toBe(key(q))
    expect(key(q)).not.toBe(key({ ...q, locale: 'zh' }))
    expect(key({ ...q, variables: { a: 1 } })).not.toBe(key({ ...q, variables: { a: 2 } }))
    expect(key(q, { 'accept-language': 'zh' })).not.toBe(key(q))
    expect(key(q, { accept: 'application/graphql-response+json' })).not.toBe(key(q))
    expect(scopeOf(q, { authorization: 'JWT x' })).toEqual({ kind: 'private' })
    expect(graphqlScope({ url: '/api/graphql', headers: {}, body: Buffer.from('not json'), cookies })).toEqual({ kind: 'other' })
  })
})

describe('what a change invalidates', () => {
  const config = {
    blocks: [],
    collections: [
      { slug: 'media', fields: [{ name: 'alt', type: 'text' }] },
      { slug: 'industries', fields: [{ name: 'name', type: 'text' }] },
      {
        slug: 'white-papers',
        fields: [
          { name: 'industries', type: 'relationship', relationTo: 'industries', hasMany: true },
          { name: 'layout', type: 'blocks', blocks: [{ slug: 'hero', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] }] },
        ],
      },
      { slug: 'guides', fields: [{ name: 'body', type: 'richText' }] },
      { slug: 'hubs', fields: [{ type: 'tabs', tabs: [{ label: 'a', fields: [{ name: 'papers', type: 'join', collection: 'white-papers', on: 'x' }] }] }] },
    ],
  } as unknown as SanitizedConfig
  const dependents = dependentsFrom(config)

  it('follows relationships, uploads in blocks, joins and rich text', () => {
    expect(dependents('industries')).toEqual(['white-papers', 'guides'])
    expect(dependents('media')).toEqual(['white-papers', 'guides'])
    expect(dependents('white-papers')).toEqual(['guides', 'hubs'])
    expect(dependents('guides')).toEqual([])
  })
})

describe('after the transaction', () => {
  const fakeReq = (transactionID?: string) => {
    const calls: string[] = []
    const db = {
      commitTransaction: async (id: string) => void calls.push(`commit ${id}`),
      rollbackTransaction: async (id: string) => void calls.push(`rollback ${id}`),
    }
    return { req: { transactionID, payload: { db } } as unknown as PayloadRequest, db, calls }
  }

  it('waits for the commit (or the rollback) of the request’s transaction', async () => {
    const { req, db, calls } = fakeReq('tx1')
    await afterTransaction(req, () => calls.push('callback'))
    expect(calls).toEqual([])
    await db.commitTransaction('other')
    expect(calls).toEqual(['commit other'])
    await db.commitTransaction('tx1')
    expect(calls).toEqual(['commit other', 'commit tx1', 'callback'])

    await afterTransaction({ ...req, transactionID: 'tx2' } as PayloadRequest, () => calls.push('callback 2'))
    await db.rollbackTransaction('tx2')
    expect(calls.slice(-2)).toEqual(['rollback tx2', 'callback 2'])
  })

  it('runs at once without a transaction', async () => {
    const { req, calls } = fakeReq()
    await afterTransaction(req, () => calls.push('callback'))
    expect(calls).toEqual(['callback'])
  })
})

describe('cache settings', () => {
  it('defaults to 64 MB and 10 s, and turns off on request', () => {
    expect(readCacheSettings({})).toEqual({ enabled: true, ttlSeconds: 10, maxBytes: 64 * 1024 * 1024, maxEntries: 10_000 })
    expect(readCacheSettings({ CACHE_DISABLED: '1' }).enabled).toBe(false)
    expect(readCacheSettings({ CACHE_TTL_SECONDS: '0' }).enabled).toBe(false)
    expect(readCacheSettings({ CACHE_MAX_MB: '0.5' }).maxBytes).toBe(512 * 1024)
  })

  it('refuses values that are not numbers with a clear message', () => {
    expect(() => readCacheSettings({ CACHE_MAX_MB: 'lots' })).toThrow('CACHE_MAX_MB "lots" must be a number ≥ 0')
    expect(() => readCacheSettings({ CACHE_TTL_SECONDS: '1.5' })).toThrow(/CACHE_TTL_SECONDS "1.5" must be an integer/)
    expect(() => readCacheSettings({ CACHE_TTL_SECONDS: '-1' })).toThrow(/CACHE_TTL_SECONDS/)
  })
})
