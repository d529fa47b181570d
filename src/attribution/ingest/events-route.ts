import crypto from 'node:crypto'

import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express'
import type { Payload } from 'payload'

import { sendError } from '../../server/errors'
import { TRACKING_SCRIPT } from '../script/t-js'
import { BufferFullError, type EventBuffer } from '../buffer/event-buffer'
import { SourceKeys } from '../sources/lookup'
import { RecentKeys } from './recent-keys'
import { batchSchema, eventSchema, firstIssue, LIMITS } from './schemas'
import { toRow, type EventRow } from './to-row'

const bearer = (req: Request): string | undefined => {
  const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')
  return match?.[1]
}

/** Cross-origin: the write key is public and t.js posts from customers' own sites. */
const cors: RequestHandler = (req, res, next) => {
  res.set('Access-Control-Allow-Origin', '*')
  if (req.method === 'OPTIONS') {
    res.set('Access-Control-Allow-Methods', 'POST, OPTIONS').set('Access-Control-Allow-Headers', 'authorization, content-type').set('Access-Control-Max-Age', '86400')
    return void res.sendStatus(204)
  }
  next()
}

// JSON bodies, also as text/plain (navigator.sendBeacon), at most 500 KB.
const body = express.json({ limit: LIMITS.batchBytes, type: ['application/json', 'text/plain'] })

/** Body-parser and other request errors in the tracking envelope. */
const errors: ErrorRequestHandler = (err, _req, res, next) => {
  if (res.headersSent) return next(err)
  const status = Number(err?.status || err?.statusCode) || 500
  if (status === 413) return void sendError(res, 413, 'payload_too_large', `a batch may be at most ${LIMITS.batchBytes / 1024} KB`)
  if (err?.type === 'entity.parse.failed') return void sendError(res, 400, 'bad_request', 'the body is not valid JSON')
  if (status < 500) return void sendError(res, status, 'bad_request', err.message || 'bad request')
  console.error('[flywheel] /v1 failed:', err)
  sendError(res, 500, 'internal', 'internal error')
}

/**
 * POST /v1/events: a batch in Segment's shape, authenticated by a source's write key. Good events are
 * acknowledged (202) once they are in the buffer; each bad one is rejected with its reason; repeats of
 * a messageId are counted as duplicates and not stored again.
 */
export const eventsRoute = (payload: () => Payload | undefined, events: EventBuffer<EventRow>) => {
  const router = express.Router()
  const writeKeys = new SourceKeys(payload, 'writeKey')
  const recent = new RecentKeys()

  const ingest = async (req: Request, res: Response) => {
    const parsed = batchSchema.safeParse(req.body)
    if (!parsed.success) return sendError(res, 400, 'bad_request', firstIssue(parsed.error))
    const key = bearer(req) ?? parsed.data.writeKey
    if (!key) return sendError(res, 401, 'unauthorized', "send the source's write key: Authorization: Bearer <writeKey>, or writeKey in the body")
    if (!payload()) return sendError(res.set('Retry-After', '2'), 503, 'not_ready', 'Flywheel is starting')
    const source = await writeKeys.find(key)
    if (!source) return sendError(res, 401, 'unauthorized', 'unknown or rotated write key')

    const receivedAt = new Date().toISOString()
    const rows: EventRow[] = []
    const rejected: { index: number; error: string }[] = []
    let duplicates = 0
    parsed.data.batch.forEach((raw, index) => {
      const event = eventSchema.safeParse(raw)
      if (!event.success) return void rejected.push({ index, error: firstIssue(event.error) })
      const row = toRow(event.data, source.id, receivedAt)
      if (recent.add(row.dedupeKey)) rows.push(row)
      else duplicates++
    })
    try {
      if (rows.length > 0) events.push(...rows)
    } catch (err) {
      if (!(err instanceof BufferFullError)) throw err
      for (const row of rows) recent.delete(row.dedupeKey)
      return sendError(res.set('Retry-After', '1'), 503, 'unavailable', 'the event buffer is full: retry the whole batch in a second')
    }
    res.status(202).json({ accepted: rows.length, duplicates, rejected })
  }

  const etag = `"${crypto.createHash('sha256').update(TRACKING_SCRIPT).digest('base64url').slice(0, 16)}"`
  router.get('/t.js', (req, res) => {
    res.set({ 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600', ETag: etag, 'Access-Control-Allow-Origin': '*' })
    if (req.get('if-none-match') === etag) return void res.status(304).end()
    res.send(TRACKING_SCRIPT)
  })
  router.use('/v1', cors)
  router.post('/v1/events', body, (req, res, next) => void ingest(req, res).catch(next))
  router.use('/v1', errors)
  return router
}
