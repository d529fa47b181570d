import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Router } from 'express'
import type { Payload } from 'payload'

import { siteUrl } from '../env/site-url'
import { BufferFullError, type BufferStats } from './buffer/event-buffer'
import { tableBuffer, type BufferLimits } from './buffer/table-buffer'
import { classifyClick } from './clicks/classify'
import type { ClickRow } from './clicks/click-row'
import { clientIp } from './clicks/client-ip'
import { ClickWriter } from './clicks/click-writer'
import { ScannerBursts } from './clicks/scanner-bursts'
import { layersAfterEvents } from '../growth/layers/after-ingest'
import { stitchIdentifies } from './identity/from-events'
import { ingestRouter } from './ingest/router'
import type { EventRow } from './ingest/to-row'
import { clickIdGenerator, CODE_PATTERN } from './links/code'
import { LinkResolver, type ResolvedLink } from './links/resolve'
import { DailySalts } from './visitors/daily-salts'
import { VisitorIds } from './visitors/visitor-ids'

export type Tracking = {
  /** Loads what the hot path needs from the database before the first request (the visitor salts). */
  warm: () => Promise<void>
  /**
   * `GET|HEAD /l/:code` straight on node:http, ahead of Express, Payload and Next (the hot path):
   * returns false for any other request.
   */
  handle: (req: IncomingMessage, res: ServerResponse) => boolean
  /** Express routes of the tracking node (`POST /v1/events`), mounted before Payload and Next. */
  router: Router
  /** Flushes the buffers (SIGTERM); returns how many clicks and events could not be written. */
  close: (deadlineMs?: number) => Promise<number>
  stats: () => { clicks: BufferStats; events: BufferStats }
}

const page = (res: ServerResponse, status: number, title: string, text: string, headers: Record<string, string> = {}) => {
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><p>${text}</p></html>`
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), ...headers })
  res.end(body)
}

const header = (req: IncomingMessage, name: string, max: number): string | null => {
  const value = req.headers[name]
  const text = Array.isArray(value) ? value[0] : value
  return text ? text.slice(0, max) : null
}

/** The destination with `fw_click` added, before any #fragment. */
const withClickId = (target: string, clickId: string): string => {
  const hash = target.indexOf('#')
  const base = hash < 0 ? target : target.slice(0, hash)
  return `${base}${base.includes('?') ? '&' : '?'}fw_click=${clickId}${hash < 0 ? '' : target.slice(hash)}`
}

/** `?d=<delivery id>` of a link in a newsletter. */
const deliveryParam = (url: string): number | null => {
  const match = /[?&]d=(\d{1,15})(?:&|$)/.exec(url)
  return match ? Number(match[1]) : null
}

/** The lean tracking routes: `/l/:code` on node:http, the Express slot for the ingestion routes. */
export const createTracking = (payload: () => Payload | undefined, limits?: BufferLimits): Tracking => {
  const resolver = new LinkResolver(payload)
  const writer = new ClickWriter(payload)
  const clicks = tableBuffer<ClickRow>(payload, 'clicks', limits, { insert: writer.insert })
  const salts = new DailySalts(payload)
  const visitors = new VisitorIds(salts)
  const bursts = new ScannerBursts()
  const site = siteUrl().host
  // A repeated messageId that reaches the database (after a restart, from another server) is skipped there.
  // Identify calls are stitched first, so the growth layers see the batch's new contacts.
  const events = tableBuffer<EventRow>(payload, 'events', limits, {
    ignoreDuplicates: true,
    afterWrite: async (p, rows) => {
      await stitchIdentifies(p, rows)
      await layersAfterEvents(p, rows)
    },
  })
  const newClickId = clickIdGenerator()

  const redirect = (link: ResolvedLink | null, req: IncomingMessage, res: ServerResponse) => {
    if (!link) return page(res, 404, 'Link not found', 'This link does not exist or is no longer active.')
    const clickId = newClickId()
    const { human, botReason } = classifyClick(req.method ?? 'GET', req.headers)
    const userAgent = header(req, 'user-agent', 500)
    const row: ClickRow = {
      clickId,
      at: new Date().toISOString(),
      linkId: link.id,
      code: link.code,
      campaignKey: link.campaignKey,
      channel: link.channel,
      contentType: link.contentType,
      contentId: link.contentId,
      human,
      botReason,
      referrer: header(req, 'referer', 1000),
      userAgent,
      visitorId: visitors.idFor(clientIp(req), userAgent ?? '', site),
      deliveryId: deliveryParam(req.url ?? ''),
      channelGroup: link.channelGroup,
    }
    try {
      clicks.push(row)
      writer.flagged(bursts.check(row))
    } catch (err) {
      if (err instanceof BufferFullError) return page(res, 503, 'Busy', 'Too many clicks at once; try again in a second.', { 'retry-after': '1' })
      throw err
    }
    res.writeHead(302, {
      location: withClickId(link.target, clickId),
      'cache-control': 'private, no-store',
      'referrer-policy': 'no-referrer-when-downgrade',
      'content-length': 0,
    })
    res.end()
  }

  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? ''
    if (!url.startsWith('/l/') || (req.method !== 'GET' && req.method !== 'HEAD')) return false
    const query = url.indexOf('?')
    const code = query < 0 ? url.slice(3) : url.slice(3, query)
    if (!CODE_PATTERN.test(code)) {
      page(res, 404, 'Link not found', 'This link does not exist.')
      return true
    }
    if (!payload()) {
      page(res, 503, 'Starting', 'Flywheel is starting; try again in a moment.', { 'retry-after': '2' })
      return true
    }
    const cached = resolver.peek(code)
    if (cached !== undefined) {
      redirect(cached, req, res)
      return true
    }
    resolver.resolve(code).then(
      (link) => redirect(link, req, res),
      (err: unknown) => {
        console.error(`[flywheel] resolving /l/${code} failed: ${err instanceof Error ? err.message : String(err)}`)
        if (!res.headersSent) page(res, 503, 'Unavailable', 'This link cannot be followed right now; try again shortly.', { 'retry-after': '2' })
      },
    )
    return true
  }

  return {
    warm: () => salts.refresh(),
    handle,
    router: ingestRouter(payload, events, visitors),
    close: async (deadlineMs) => (await Promise.all([clicks.close(deadlineMs), events.close(deadlineMs)])).reduce((a, b) => a + b, 0),
    stats: () => ({ clicks: clicks.stats(), events: events.stats() }),
  }
}
