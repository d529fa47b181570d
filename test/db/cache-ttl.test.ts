import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'

type Server = Awaited<ReturnType<typeof bootServer>>

describe('cache lifetime (CACHE_TTL_SECONDS=1)', () => {
  let server: Server
  beforeAll(async () => {
    server = await bootServer({ CACHE_TTL_SECONDS: '1' })
  })
  afterAll(async () => server?.close())

  it('serves from the cache for the TTL, announces it, then asks Payload again', async () => {
    await server.payload.create({
      collection: 'white-papers',
      data: { title: 'Brief', slug: 'brief', workflowState: 'published', _status: 'published' },
      context: { seeding: true },
    })
    const url = `${server.url}/api/white-papers?where[slug][equals]=brief`
    const gql = () =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ WhitePapers { docs { title } } }' }),
      })

    const first = await fetch(url)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('cache-control')).toBe('public, max-age=1, stale-while-revalidate=60')
    // Back to back: the entries live one second.
    expect((await fetch(url)).headers.get('x-cache')).toBe('HIT')
    expect((await gql()).headers.get('x-cache')).toBe('MISS')
    expect((await gql()).headers.get('x-cache')).toBe('HIT')

    await new Promise((r) => setTimeout(r, 1100))
    expect((await fetch(url)).headers.get('x-cache')).toBe('MISS')
    expect((await gql()).headers.get('x-cache')).toBe('MISS')
  })
})
