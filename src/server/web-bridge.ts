import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Express request → web `Request`, body streamed (Payload's handlers take web Requests). */
export const toWebRequest = (req: ExpressRequest): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const v of value) headers.append(name, v)
    else headers.set(name, value)
  }
  const host = req.headers.host || 'localhost'
  const url = `${req.protocol}://${host}${req.originalUrl}`
  const method = req.method.toUpperCase()
  const init: RequestInit & { duplex?: 'half' } = { method, headers }
  if (!BODYLESS.has(method)) {
    init.body = Readable.toWeb(req) as ReadableStream
    init.duplex = 'half'
  }
  return new Request(url, init)
}

/** Web `Response` → Express response, streaming the body (media files can be large). */
export const sendWebResponse = async (res: ExpressResponse, response: Response, method: string): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body || method === 'HEAD') {
    res.end()
    return
  }
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res)
  } catch (err) {
    // The client went away mid-response (closed tab, load balancer timeout): nothing to answer.
    if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw err
  }
}
