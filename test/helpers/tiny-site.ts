import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** Where the site's pages send their events and its back end its conversions (known once Flywheel runs). */
export type SiteTracking = { flywheel: string; writeKey: string; secretKey: string }
export type LeadSent = { email: string; clickId: string | null; anonymousId: string | null; status: number; body: string }

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const cookiesOf = (req: http.IncomingMessage): Record<string, string> =>
  Object.fromEntries(
    (req.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => [name, decodeURIComponent(value.join('='))]),
  )

const readForm = async (req: http.IncomingMessage): Promise<URLSearchParams> => {
  let body = ''
  for await (const chunk of req) body += chunk
  return new URLSearchParams(body)
}

const html = (res: http.ServerResponse, status: number, body: string) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
  res.end(body)
}

/**
 * A customer's website in miniature, where tracked links land: every page includes Flywheel's real
 * tracking script (so the page view is the script's), and has a lead form whose submission the site's
 * back end reports to POST /v1/conversions with the source's secret key, the visitor's click id and
 * anonymous id (the script's first-party cookies) and the email typed in.
 */
export const startTinySite = async (tracking: () => SiteTracking) => {
  const leads: LeadSent[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid')
    if (url.pathname === '/favicon.ico') return void res.writeHead(404).end()
    if (req.method === 'POST' && url.pathname === '/lead') {
      void (async () => {
        const form = await readForm(req)
        const cookies = cookiesOf(req)
        const email = form.get('email') ?? ''
        const lead = { email, clickId: cookies.fw_click ?? null, anonymousId: cookies.fw_aid ?? null }
        const { flywheel, secretKey } = tracking()
        const answer = await fetch(`${flywheel}/v1/conversions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            event: 'lead',
            idempotencyKey: crypto.randomUUID(),
            email,
            ...(lead.clickId ? { clickId: lead.clickId } : {}),
            ...(lead.anonymousId ? { anonymousId: lead.anonymousId } : {}),
            properties: { form: 'white-paper-download', page: form.get('page') ?? '' },
          }),
        })
        const body = await answer.text()
        leads.push({ ...lead, status: answer.status, body })
        html(
          res,
          answer.ok ? 200 : 502,
          `<!doctype html><html lang="en"><meta charset="utf-8"><title>Thank you</title><h1>Thank you</h1><p>We sent the white paper to ${escape(email)}.</p><p id="lead-status">${answer.status}</p></html>`,
        )
      })().catch((err: unknown) => html(res, 500, `<!doctype html><p id="lead-status">error ${escape(String(err))}</p>`))
      return
    }
    if (req.method !== 'GET') return void res.writeHead(405).end()
    const { flywheel, writeKey } = tracking()
    const title = url.pathname === '/' ? 'Home' : url.pathname.split('/').filter(Boolean).at(-1)!.replace(/-/g, ' ')
    html(
      res,
      200,
      `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escape(title)} · Example Bank Solutions</title>
  <script src="${escape(flywheel)}/t.js" data-key="${escape(writeKey)}" defer></script>
</head>
<body>
  <h1 id="page-title">${escape(title)}</h1>
  <p>Download the full white paper: tell us where to send it.</p>
  <form id="lead-form" method="post" action="/lead">
    <input type="hidden" name="page" value="${escape(url.pathname)}">
    <label>Work email <input id="lead-email" name="email" type="email" required></label>
    <button id="lead-submit" type="submit">Send me the white paper</button>
  </form>
</body>
</html>`,
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    /** `localhost`, not 127.0.0.1: another host than Flywheel's, as a real site is (cookies are per host). */
    url: `http://localhost:${port}`,
    leads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
