import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { sendError } from '../../server/errors'
import { BufferFullError, type EventBuffer } from '../buffer/event-buffer'
import { SourceKeys, SourceLookupError } from '../sources/lookup'
import { bearer } from './bearer'
import { RecentKeys } from './recent-keys'
import { batchSchema, eventSchema, firstIssue } from './schemas'
import type { VisitorIds } from '../visitors/visitor-ids'
import { toRow, type EventRow } from './to-row'

const siteOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).host : undefined
  } catch {
    return undefined
  }
}

/**
 * POST /v1/events: a batch in Segment's shape, authenticated by a source's write key. Good events are
 * acknowledged (202) once they are in the buffer; each bad one is rejected with its reason; repeats of
 * a messageId are counted as duplicates and not stored again.
 */
export const eventsHandler = (payload: () => Payload | undefined, events: EventBuffer<EventRow>, visitors: VisitorIds): RequestHandler => {
  const writeKeys = new SourceKeys(payload, 'writeKey')
  const recent = new RecentKeys()

  const ingest = async (req: Request, res: Response) => {
    const parsed = batchSchema.safeParse(req.body)
    if (!parsed.success) return sendError(res, 400, 'bad_request', firstIssue(parsed.error))
    const key = bearer(req) ?? parsed.data.writeKey
    if (!key) return sendError(res, 401, 'unauthorized', "send the source's write key: Authorization: Bearer <writeKey>, or writeKey in the body")
    if (!payload()) return sendError(res.set('Retry-After', '2'), 503, 'not_ready', 'Flywheel is starting')
    const source = await writeKeys.find(key).catch((err: unknown) => {
      if (err instanceof SourceLookupError) return 'unavailable' as const
      throw err
    })
    if (source === 'unavailable') return sendError(res.set('Retry-After', '2'), 503, 'unavailable', 'the database is unavailable: retry the batch shortly')
    if (!source) return sendError(res, 401, 'unauthorized', 'unknown or rotated write key')

    const receivedAt = new Date().toISOString()
    const rows: EventRow[] = []
    const rejected: { index: number; error: string }[] = []
    let duplicates = 0
    parsed.data.batch.forEach((raw, index) => {
      const event = eventSchema.safeParse(raw)
      if (!event.success) return void rejected.push({ index, error: firstIssue(event.error) })
      // A server-side sender passes the browser's IP and user agent in context (Segment's context.ip, context.userAgent).
      const context = (event.data.context ?? {}) as { ip?: unknown; userAgent?: unknown }
      const ip = typeof context.ip === 'string' ? context.ip : (req.ip ?? '')
      const ua = typeof context.userAgent === 'string' ? context.userAgent : (req.get('user-agent') ?? '')
      const row = toRow(event.data, source.id, receivedAt, visitors.idFor(ip, ua, siteOf(event.data.context?.page?.url) ?? String(source.id)))
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

  return (req, res, next) => void ingest(req, res).catch(next)
}
