/**
 * Issue 7 benchmark: the operations dashboard on the demo data set (src/demo, 1,000,000 events by
 * default): each view's data through `GET /api/operations/:view` with an API key (median of 20
 * sequential requests after 3 warm-ups), and — when the admin is built (`.next/BUILD_ID`) and Chromium
 * is installed — the whole page in a real browser: signed in, navigation to
 * `/admin/operations?view=<v>` until every `[data-testid^="chart-"]` has drawn its SVG (median of 5).
 * Run one engine per process: `tsx -C production bench/dashboard.ts sqlite`. BENCH_EVENTS scales it down.
 */
import fs from 'node:fs'
import path from 'node:path'

import { generateDemo } from '../src/demo'
import { VIEWS, type ViewName } from '../src/operations/types'
import { CHROMIUM_ARGS, findChromium } from '../test/helpers/chromium'
import { runAsBenchChild, withBenchServer, type Engine, type Row } from './lib'

const EVENTS = Number(process.env.BENCH_EVENTS) || 1_000_000
const RUNS = 20
const PAGE_RUNS = 5
const ADMIN = { email: 'bench-admin@example.test', password: 'bench-password-1', apiKey: 'bench-dashboard-key-0123456789' }

const median = (ms: number[]) => [...ms].sort((a, b) => a - b)[Math.floor(ms.length / 2)]
const scale = () => (EVENTS >= 1e6 ? `${(EVENTS / 1e6).toLocaleString('en-US')}M events` : `${EVENTS.toLocaleString('en-US')} events`)

/** The admin can be measured in a browser: it is built and Chromium is there. */
const browserAvailable = () => fs.existsSync(path.resolve('.next', 'BUILD_ID')) && Boolean(findChromium())

/** `target`: the issue's (each view's data under 1 s); null for the whole page, which includes Payload's admin shell. */
const row = (engine: Engine, label: string, ms: number[], errors: number, target: string | null): Row => {
  const p50 = median(ms)
  return { bench: 'dashboard', engine, target: `${label}, ${scale()}: median ${p50.toFixed(0)} ms${target ? ` (target < ${target})` : ''}`, rps: 1000 / p50, p50, p99: Math.max(...ms), errors, ratio: null }
}

/** Sequential latencies of one view's JSON after three warm-ups; a non-200 answer counts as an error. */
const timeView = async (base: string, view: ViewName): Promise<{ ms: number[]; errors: number }> => {
  const ms: number[] = []
  let errors = 0
  for (let i = 0; i < RUNS + 3; i++) {
    const started = performance.now()
    const res = await fetch(`${base}/api/operations/${view}`, { headers: { authorization: `users API-Key ${ADMIN.apiKey}` } })
    await res.arrayBuffer()
    if (!res.ok) {
      errors++
      if (errors === 1) console.error(`dashboard: GET /api/operations/${view} answered ${res.status}`)
    }
    if (i >= 3) ms.push(performance.now() - started)
  }
  return { ms, errors }
}

/** Whole pages in Chromium: sign in once, then each view until every chart has its SVG (tables and empty states count as drawn). */
const timePages = async (engine: Engine, base: string): Promise<Row[]> => {
  const { chromium } = await import('playwright-core')
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } })
    await page.goto(`${base}/admin/login`)
    await page.fill('#field-email', ADMIN.email)
    await page.fill('#field-password', ADMIN.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 120_000 })
    const rows: Row[] = []
    for (const view of VIEWS) {
      const ms: number[] = []
      let errors = 0
      for (let i = 0; i < PAGE_RUNS + 1; i++) {
        const started = performance.now()
        try {
          await page.goto(`${base}/admin/operations?view=${view}`, { waitUntil: 'commit', timeout: 120_000 })
          await page.waitForFunction(
            (v) => {
              if (!document.querySelector(`[data-testid="ops-tab-${v}"][aria-current="page"]`)) return false
              const charts = [...document.querySelectorAll('[data-testid^="chart-"]')]
              const drawn = document.querySelectorAll('[data-testid^="table-"], [data-testid^="empty-"]').length + charts.length
              return drawn > 0 && charts.every((c) => c.querySelector('svg'))
            },
            view,
            { timeout: 120_000, polling: 25 },
          )
        } catch (err) {
          errors++
          console.error(`dashboard: the ${view} page did not draw: ${(err as Error).message.split('\n')[0]}`)
        }
        // The first navigation compiles and warms caches: not measured.
        if (i > 0) ms.push(performance.now() - started)
      }
      rows.push(row(engine, `${view} page in Chromium (every chart drawn)`, ms, errors, null))
    }
    return rows
  } finally {
    await browser.close()
  }
}

export const runEngine = (engine: Engine): Promise<Row[]> => {
  process.env.JOBS_AUTORUN = 'off'
  const browser = browserAvailable()
  if (!browser) console.error('dashboard: no admin build (.next/BUILD_ID) or no chromium on PATH: measuring the REST views only')
  return withBenchServer(
    engine,
    async (server) => {
      const { payload } = server
      const loaded = await generateDemo(payload, { events: EVENTS, seed: 1 })
      console.error(`dashboard ${engine}: demo data loaded in ${(loaded.ms / 1000).toFixed(0)} s: ${JSON.stringify(loaded)}`)
      await payload.create({ collection: 'users', data: { email: ADMIN.email, password: ADMIN.password, name: 'Bench Admin', roles: ['admin'], enableAPIKey: true, apiKey: ADMIN.apiKey } })
      const rows: Row[] = []
      for (const view of VIEWS) {
        const { ms, errors } = await timeView(server.url, view)
        rows.push(row(engine, `${view} view data (GET /api/operations/${view})`, ms, errors, '1 s'))
      }
      if (browser) rows.push(...(await timePages(engine, server.url)))
      return rows
    },
    { admin: browser, dev: false },
  )
}

runAsBenchChild(import.meta.url, runEngine)
