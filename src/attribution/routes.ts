import express, { type Request, type Response, type Router } from 'express'
import type { Payload } from 'payload'

import { BufferFullError, type BufferStats } from './buffer/event-buffer'
import { classifyClick } from './clicks/classify'
import { clickBuffer, type BufferLimits } from './clicks/recorder'
import { CODE_PATTERN, newClickId } from './links/code'
import { LinkResolver } from './links/resolve'

export type Tracking = {
  /** Mounted ahead of Payload and Next: these requests never pass through either pipeline. */
  router: Router
  /** Flushes buffered events (SIGTERM); returns how many could not be written. */
  close: (deadlineMs?: number) => Promise<number>
  stats: () => BufferStats
}

const page = (res: Response, status: number, title: string, text: string) =>
  res
    .status(status)
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(`<!doctype html><html lang="en"><meta charset="utf-8"><title>${title}</title><h1>${title}</h1><p>${text}</p></html>`)

const trim = (value: string | undefined, max: number) => (value ? value.slice(0, max) : null)

/** The lean tracking routes: `GET|HEAD /l/:code` now; `/t.js` and `/v1/*` join them. */
export const createTracking = (payload: () => Payload | undefined, limits?: BufferLimits): Tracking => {
  const router = express.Router()
  const resolver = new LinkResolver(payload)
  const clicks = clickBuffer(payload, limits)

  const redirect = async (req: Request, res: Response) => {
    const code = String(req.params.code)
    if (!CODE_PATTERN.test(code)) return page(res, 404, 'Link not found', 'This link does not exist.')
    if (!payload()) return page(res.set('Retry-After', '2'), 503, 'Starting', 'Flywheel is starting; try again in a moment.')
    const link = await resolver.resolve(code)
    if (!link) return page(res, 404, 'Link not found', 'This link does not exist or is no longer active.')
    const clickId = newClickId()
    const { human, botReason } = classifyClick(req.method, req.headers)
    try {
      clicks.push({
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
        referrer: trim(req.get('referer'), 1000),
        userAgent: trim(req.get('user-agent'), 500),
      })
    } catch (err) {
      if (err instanceof BufferFullError) return page(res.set('Retry-After', '1'), 503, 'Busy', 'Too many clicks at once; try again in a second.')
      throw err
    }
    const target = new URL(link.target)
    target.searchParams.set('fw_click', clickId)
    res.set('Cache-Control', 'private, no-store').set('Referrer-Policy', 'no-referrer-when-downgrade').redirect(302, target.toString())
  }

  router.get('/l/:code', (req, res, next) => void redirect(req, res).catch(next))
  return { router, close: (deadlineMs?: number) => clicks.close(deadlineMs), stats: () => clicks.stats() }
}
