import crypto from 'node:crypto'

import express, { type ErrorRequestHandler, type RequestHandler, type Router } from 'express'
import type { Payload } from 'payload'

import { sendError } from '../../server/errors'
import type { EventBuffer } from '../buffer/event-buffer'
import { TRACKING_SCRIPT } from '../script/t-js'
import type { VisitorIds } from '../visitors/visitor-ids'
import { conversionsHandler } from './conversions-route'
import { eventsHandler } from './events-route'
import { LIMITS } from './schemas'
import type { EventRow } from './to-row'

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
  if (status === 413) return void sendError(res, 413, 'payload_too_large', `a request body may be at most ${LIMITS.batchBytes / 1024} KB`)
  if (err?.type === 'entity.parse.failed') return void sendError(res, 400, 'bad_request', 'the body is not valid JSON')
  if (status < 500) return void sendError(res, status, 'bad_request', err.message || 'bad request')
  console.error('[flywheel] /v1 failed:', err)
  sendError(res, 500, 'internal', 'internal error')
}

/** The Express part of the tracking routes: t.js and the /v1 ingestion endpoints. */
export const ingestRouter = (payload: () => Payload | undefined, events: EventBuffer<EventRow>, visitors: VisitorIds): Router => {
  const router = express.Router()
  const etag = `"${crypto.createHash('sha256').update(TRACKING_SCRIPT).digest('base64url').slice(0, 16)}"`
  router.get('/t.js', (req, res) => {
    res.set({ 'Content-Type': 'application/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=3600', ETag: etag, 'Access-Control-Allow-Origin': '*' })
    if (req.get('if-none-match') === etag) return void res.status(304).end()
    res.send(TRACKING_SCRIPT)
  })
  router.use('/v1', cors)
  router.post('/v1/events', body, eventsHandler(payload, events, visitors))
  router.post('/v1/conversions', body, conversionsHandler(payload))
  router.use('/v1', errors)
  return router
}
