import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { checkUrl } from '../../src/checks/check-url'

// A real receiver on 127.0.0.1: the checker is exercised over sockets, and never reaches the internet.
const requests: { method?: string; url?: string; ua?: string }[] = []
const server = http.createServer((req, res) => {
  requests.push({ method: req.method, url: req.url, ua: req.headers['user-agent'] })
  const path = req.url ?? '/'
  if (path === '/ok') return res.writeHead(200).end('fine')
  if (path === '/missing') return res.writeHead(404).end()
  if (path === '/no-head') return res.writeHead(req.method === 'HEAD' ? 405 : 200).end()
  if (path === '/moved') return res.writeHead(301, { location: '/ok' }).end()
  if (path.startsWith('/loop')) return res.writeHead(302, { location: `/loop${path.length}` }).end()
  if (path === '/to-file') return res.writeHead(302, { location: 'file:///etc/passwd' }).end()
  if (path === '/slow') return // never answers
  res.writeHead(500).end()
})
let base: string
let refused: string

beforeAll(async () => {
  process.env.LINK_CHECK_ALLOW_PRIVATE = '1'
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A port that was just free: connecting to it is refused.
  const closed = http.createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`
  await new Promise((resolve) => closed.close(resolve))
})
afterEach(() => {
  requests.length = 0
  process.env.LINK_CHECK_ALLOW_PRIVATE = '1'
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe('checkUrl', () => {
  it('passes a link that answers 200 with a single HEAD', async () => {
    expect(await checkUrl(`${base}/ok`)).toEqual({ url: `${base}/ok`, ok: true, status: 200, error: null })
    expect(requests.map((r) => r.method)).toEqual(['HEAD'])
    expect(requests[0].ua).toMatch(/^FlywheelLinkChecker\//)
  })

  it('fails a 404 after trying GET too', async () => {
    expect(await checkUrl(`${base}/missing`)).toMatchObject({ ok: false, status: 404 })
    expect(requests.map((r) => r.method)).toEqual(['HEAD', 'GET'])
  })

  it('falls back to GET when the server refuses HEAD', async () => {
    expect(await checkUrl(`${base}/no-head`)).toMatchObject({ ok: true, status: 200 })
  })

  it('follows redirects to the final answer', async () => {
    expect(await checkUrl(`${base}/moved`)).toMatchObject({ ok: true, status: 200 })
    expect(requests.map((r) => r.url)).toEqual(['/moved', '/ok'])
  })

  it('gives up after too many redirects', async () => {
    const result = await checkUrl(`${base}/loop`, { maxRedirects: 3 })
    expect(result).toMatchObject({ ok: false, status: null, error: 'more than 3 redirects' })
    expect(requests).toHaveLength(4)
  })

  it('never follows a redirect to a non-http scheme', async () => {
    expect(await checkUrl(`${base}/to-file`)).toMatchObject({ ok: false, error: 'redirects to a file: address' })
    expect(requests.map((r) => r.url)).toEqual(['/to-file'])
  })

  it('reports a refused connection without retrying it', async () => {
    const result = await checkUrl(refused)
    expect(result).toMatchObject({ ok: false, status: null })
    expect(result.error).toMatch(/ECONNREFUSED/)
  })

  it('stops waiting at the timeout', async () => {
    const started = Date.now()
    expect(await checkUrl(`${base}/slow`, { timeoutMs: 200 })).toMatchObject({ ok: false, error: 'no response within 0.2 s' })
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('refuses non-http(s) links and nonsense', async () => {
    expect(await checkUrl('ftp://127.0.0.1/file')).toMatchObject({ ok: false, error: 'only http(s) links are checked' })
    expect(await checkUrl('not a url')).toMatchObject({ ok: false, error: 'not a valid URL' })
    expect(requests).toHaveLength(0)
  })

  it('does not request private addresses unless allowed', async () => {
    delete process.env.LINK_CHECK_ALLOW_PRIVATE
    expect(await checkUrl(`${base}/ok`)).toMatchObject({ ok: false, error: 'address is on a private network; not checked' })
    const port = (server.address() as AddressInfo).port
    expect(await checkUrl(`http://localhost:${port}/ok`)).toMatchObject({ ok: false, error: 'address is on a private network; not checked' })
    expect(requests).toHaveLength(0)
  })
})
