import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import type { UrlCheck } from './link-report'
import { LINK_CHECK } from './limits'
import { isPrivateAddress, PRIVATE_ADDRESS_ERROR, privateAddressesAllowed, publicOnlyLookup } from './private-address'

type Hop = { status: number; location: string | null }

// Site owners who see the checker in their logs can tell what it is and whose.
const userAgent = () => `FlywheelLinkChecker/1.0${process.env.PUBLIC_URL ? ` (+${process.env.PUBLIC_URL})` : ''}`

/** One request; resolves on the response headers and drops the body unread. */
const request = (method: 'HEAD' | 'GET', url: URL, timeoutMs: number): Promise<Hop> =>
  new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http
    const req = client.request(
      url,
      {
        method,
        headers: { 'user-agent': userAgent(), accept: '*/*' },
        lookup: publicOnlyLookup as unknown as net.LookupFunction,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        const location = res.headers.location ?? null
        resolve({ status: res.statusCode ?? 0, location })
        res.destroy()
      },
    )
    req.on('error', (err: Error & { code?: string }) =>
      reject(err.name === 'TimeoutError' || err.name === 'AbortError' ? new Error(`no response within ${timeoutMs / 1000} s`) : err),
    )
    req.end()
  })

const REDIRECTS = new Set([301, 302, 303, 307, 308])

/** Follows redirects up to the limit; only ever to http(s). */
const follow = async (method: 'HEAD' | 'GET', start: URL, opts: Required<CheckOptions>): Promise<Hop> => {
  let url = start
  for (let hops = 0; ; hops++) {
    const host = url.hostname.replace(/^\[|\]$/g, '')
    // IP literals skip the lookup, so the private-address rule is applied here too.
    if (net.isIP(host) && isPrivateAddress(host) && !privateAddressesAllowed()) throw new Error(PRIVATE_ADDRESS_ERROR)
    const hop = await request(method, url, opts.timeoutMs)
    if (!REDIRECTS.has(hop.status) || !hop.location) return hop
    if (hops >= opts.maxRedirects) throw new Error(`more than ${opts.maxRedirects} redirects`)
    const next = new URL(hop.location, url)
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new Error(`redirects to a ${next.protocol} address`)
    url = next
  }
}

// Stored in the report: enough to tell a refused connection from a certificate error, not a stack.
const failed = (url: string, status: number | null, error: string | null): UrlCheck => ({ url, ok: false, status, error: error?.slice(0, 300) ?? null })

export type CheckOptions = { timeoutMs?: number; maxRedirects?: number }

/**
 * Whether a link works for a reader: HEAD, and GET when HEAD fails (many servers answer HEAD with 403,
 * 404 or 405 while GET works). A final status below 400 is working. Never throws: failures are data.
 */
export const checkUrl = async (url: string, options: CheckOptions = {}): Promise<UrlCheck> => {
  const opts = { timeoutMs: LINK_CHECK.timeoutMs, maxRedirects: LINK_CHECK.maxRedirects, ...options }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return failed(url, null, 'not a valid URL')
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return failed(url, null, 'only http(s) links are checked')
  let headProblem: UrlCheck
  try {
    const head = await follow('HEAD', parsed, opts)
    if (head.status < 400) return { url, ok: true, status: head.status, error: null }
    headProblem = failed(url, head.status, null)
  } catch (err) {
    const message = (err as Error).message
    // Nothing to gain from a GET when nobody answered, we refused to ask or the redirects were bad.
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|private network|no response within|redirects/.test(message))
      return failed(url, null, message)
    headProblem = failed(url, null, message)
  }
  try {
    const get = await follow('GET', parsed, opts)
    return get.status < 400 ? { url, ok: true, status: get.status, error: null } : failed(url, get.status, null)
  } catch (err) {
    return headProblem.status ? headProblem : failed(url, null, (err as Error).message)
  }
}
