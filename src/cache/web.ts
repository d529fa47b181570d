import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

import { matchesIfNoneMatch, strongEtag } from './etag'
import { VARY, type CacheStatus } from './headers'
import type { StoredResponse } from './response-cache'

/** A Payload answer read into memory, with its ETag and any cookies it sets. */
export type BufferedResponse = StoredResponse & { cookies: string[] }

const VARY_VALUE = VARY.join(', ')

// Recomputed or hop-by-hop; cookies travel separately and never into the cache.
const NOT_COPIED = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie', 'etag'])
// What a cached copy keeps: enough for a reader to use the bytes (type, language, CORS).
const KEPT = /^(content-type|content-language|access-control-)/

export const isTextual = (response: Response): boolean => /json|^text\//.test(response.headers.get('content-type') ?? '')

export const bufferResponse = async (response: Response): Promise<BufferedResponse> => {
  const body = Buffer.from(await response.arrayBuffer())
  const headers: [string, string][] = []
  response.headers.forEach((value, name) => {
    if (!NOT_COPIED.has(name)) headers.push([name, value])
  })
  return { status: response.status, headers, body, etag: strongEtag(body), cookies: response.headers.getSetCookie() }
}

/** The copy the cache keeps (and the first reader gets, so a MISS and a HIT answer the same). */
export const forStorage = ({ status, headers, body, etag }: BufferedResponse): StoredResponse => ({
  status,
  headers: headers.filter(([name]) => KEPT.test(name)),
  body,
  etag,
})

/** An Express request as a web Request carrying an already-read body. */
export const webRequestWithBody = (req: ExpressRequest, body: Buffer): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else headers.set(name, value)
  }
  return new Request(`${req.protocol}://${req.headers.host || 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers,
    body: new Uint8Array(body),
  })
}

export const readBody = async (req: ExpressRequest): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export type SendOptions = { cache?: CacheStatus; cacheControl?: string; validate: boolean }

export const markRead = (res: ExpressResponse, { cache, cacheControl }: Omit<SendOptions, 'validate'>): void => {
  if (res.hasHeader('Vary')) for (const field of VARY) res.vary(field)
  else res.setHeader('Vary', VARY_VALUE)
  if (cache) res.setHeader('X-Cache', cache)
  if (cacheControl) res.setHeader('Cache-Control', cacheControl)
}

/**
 * Sends a response held in memory. With `validate`, a 200 carries its ETag and a matching
 * `If-None-Match` gets 304 without the body (RFC 9110 §15.4.5).
 */
export const sendBuffered = (
  req: ExpressRequest,
  res: ExpressResponse,
  response: StoredResponse & { cookies?: string[] },
  options: SendOptions,
): void => {
  res.status(response.status)
  for (const [name, value] of response.headers) {
    if (name === 'vary') res.vary(value)
    else res.setHeader(name, value)
  }
  if (response.cookies?.length) res.setHeader('Set-Cookie', response.cookies)
  markRead(res, options)
  if (options.validate && response.status === 200) {
    res.setHeader('ETag', response.etag)
    if (matchesIfNoneMatch(req.headers['if-none-match'], response.etag)) {
      res.status(304).end()
      return
    }
  }
  res.setHeader('Content-Length', response.body.length)
  if (req.method === 'HEAD') res.end()
  else res.end(response.body)
}
