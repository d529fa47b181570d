/**
 * Issue 4 benchmark: `GET /l/:code` (tracked-link redirect: link cache, bot check, click id, buffered
 * click) against a bare node:http server answering the same 302, in one run on one machine; then the
 * final flush, and a check that every answered click is in the database.
 * Run one engine per process: `tsx -C production bench/redirect.ts sqlite`.
 */
import { bareRedirectServer, figures, load, runAsBenchChild, withBenchServer, type Engine, type Row } from './lib'

const BROWSER = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'

export const runEngine = (engine: Engine): Promise<Row[]> =>
  withBenchServer(engine, async (server) => {
    const { payload } = server
    await payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: [{ domain: 'example.com' }] } })
    await payload.create({
      collection: 'tracked-links',
      data: { code: 'bench', destinationType: 'url', url: 'https://www.example.com/white-papers/growth-layers', channel: 'newsletter' },
    })
    const url = `${server.url}/l/bench`
    const first = await fetch(url, { redirect: 'manual', headers: { 'user-agent': BROWSER } })
    const location = first.headers.get('location')
    if (first.status !== 302 || !location) throw new Error(`redirect answered ${first.status}`)

    const headers = { 'user-agent': BROWSER }
    const bare = await bareRedirectServer(location)
    const baseline = await load(bare.url, { headers, expect: '3xx' })
    await bare.close()
    const ours = await load(url, { headers, expect: '3xx' })

    // Every click the server answered is stored once the buffer is flushed (as on SIGTERM). autocannon
    // stops counting with requests still in flight, so the server's own count is the reference.
    const unwritten = await server.tracking.close()
    const { accepted } = server.tracking.stats().clicks
    const stored = (await payload.count({ collection: 'clicks' })).totalDocs
    if (unwritten !== 0 || stored !== accepted || accepted < ours.answered + 1) {
      throw new Error(`clicks: ${stored} stored, ${accepted} answered by the server, ${ours.answered + 1} counted by the client, ${unwritten} unwritten`)
    }

    return [
      { bench: 'redirect', engine, target: 'bare node:http, same 302', ...figures(baseline) },
      { bench: 'redirect', engine, target: `GET /l/:code (${stored.toLocaleString('en-US')} clicks, all stored)`, ...figures(ours), ratio: ours.rps / baseline.rps },
    ]
  })

runAsBenchChild(import.meta.url, runEngine)
