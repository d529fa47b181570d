/**
 * Cached published reads vs the uncached Payload path vs a bare node:http server returning the same
 * bytes, in one run on one machine: a white paper by slug over REST and a list of ten over GraphQL.
 * The cached and the uncached app share one Payload and one database (the uncached one is built with
 * `cache: false`), so the only difference is src/cache. Standalone: `tsx -C production bench/content-reads.ts sqlite`.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import express from 'express'

import { bareServer, figures, load, runAsBenchChild, withBenchServer, type Engine, type Row } from './lib'

const PAPERS = 30
const SLUG = 'bench-paper-07'
const REST_PATH = `/api/white-papers?where[slug][equals]=${SLUG}`
const GRAPHQL_QUERY =
  '{ WhitePapers(limit: 10, sort: "slug") { docs { id title slug summary html tags industries { name slug } product { name } } } }'

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' })
const paragraph = (value: string) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [text(value)] })
const heading = (value: string) => ({ type: 'heading', tag: 'h2', version: 1, direction: 'ltr', format: '', indent: 0, children: [text(value)] })

/** A realistic body: a few sections of prose, rendered to `html` on every uncached read. */
const body = (n: number) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: [1, 2, 3].flatMap((s) => [
      heading(`Section ${s} of paper ${n}`),
      paragraph(`Teams that adopt a shared content model ship campaigns faster; section ${s} shows how paper ${n} measured it.`),
      paragraph('Each layer of the funnel gets its own message, and every message is reviewed before it is published.'),
    ]),
  },
})

const seed = async (payload: import('payload').Payload) => {
  const context = { seeding: true }
  const industries = await Promise.all(
    ['finance', 'government', 'media'].map((slug) => payload.create({ collection: 'industries', data: { name: slug, slug }, context })),
  )
  const product = await payload.create({ collection: 'products', data: { name: 'Flywheel Cloud', slug: 'flywheel-cloud' }, context })
  for (let n = 0; n < PAPERS; n++) {
    const slug = `bench-paper-${String(n).padStart(2, '0')}`
    await payload.create({
      collection: 'white-papers',
      context,
      data: {
        title: `Benchmark white paper ${n}`,
        slug,
        summary: `What paper ${n} found about content operations in B2B growth teams.`,
        body: body(n),
        layout: [
          { blockType: 'hero', heading: `Paper ${n}`, subheading: 'Evidence from fifty growth teams.' },
          { blockType: 'stats', items: [{ value: 40, suffix: '%', label: 'faster launches' }, { value: 3, suffix: 'x', label: 'more reuse' }] },
          { blockType: 'faq', items: [{ question: 'Who is it for?', answer: 'Marketing and product teams.' }] },
        ],
        industries: [industries[n % 3].id],
        product: product.id,
        tags: ['benchmark', `batch-${n % 5}`],
        workflowState: 'published',
        _status: 'published',
      },
    })
  }
}

/** A second Express app on the same Payload without the published-read cache. */
const uncachedServer = async (adapter: string) => {
  const { createApp } = await import('../src/server/app')
  const config = (await import('../src/payload.config')).default
  const app = createApp({
    config,
    readiness: () => ({ ready: true, adapter }),
    tracking: express.Router(),
    shuttingDown: () => false,
    cache: false,
  })
  const server = http.createServer(app)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}

type Init = { method: string; headers: Record<string, string>; body: string }

/**
 * autocannon hangs up when its time is over, but the requests the server already accepted still
 * run: wait them out, so they neither slow the next measurement nor meet the database closing.
 */
const settle = (p99Ms: number) => new Promise((r) => setTimeout(r, Math.max(500, 2 * p99Ms)))

export const runEngine = (engine: Engine): Promise<Row[]> =>
  withBenchServer(engine, async (cached) => {
    const uncached = await uncachedServer(cached.payload.db.name)
    try {
      await seed(cached.payload)
      const gqlInit: Init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GRAPHQL_QUERY }) }

      const rows: Row[] = []
      const measure = async (name: string, path: string, check: (body: string) => boolean, init?: Init) => {
        const fetchBody = async (base: string) => {
          const res = await fetch(`${base}${path}`, init)
          const text = await res.text()
          if (res.status !== 200 || !check(text)) throw new Error(`${name} on ${base} answered ${res.status}: ${text.slice(0, 300)}`)
          return { text, cache: res.headers.get('x-cache') }
        }
        const fromPayload = await fetchBody(uncached.url)
        const fromCache = await fetchBody(cached.url)
        if (fromCache.text !== fromPayload.text) throw new Error(`${name}: cached and uncached bodies differ`)
        if ((await fetchBody(cached.url)).cache !== 'HIT') throw new Error(`${name}: the cached server did not answer from its cache`)

        const bare = await bareServer(fromPayload.text)
        const baseline = await load(bare.url, init)
        await bare.close()
        const hot = await load(`${cached.url}${path}`, init)
        await settle(hot.p99)
        const cold = await load(`${uncached.url}${path}`, init)
        await settle(cold.p99)
        const speedup = hot.rps / cold.rps
        const bytes = Buffer.byteLength(fromPayload.text)
        rows.push({ bench: 'content-reads', engine, target: `bare node:http, same ${bytes} B`, ...figures(baseline) })
        rows.push({ bench: 'content-reads', engine, target: `${name}: cached (${speedup.toFixed(1)}× uncached)`, ...figures(hot), ratio: hot.rps / baseline.rps })
        rows.push({ bench: 'content-reads', engine, target: `${name}: uncached Payload`, ...figures(cold), ratio: cold.rps / baseline.rps })
      }

      await measure('REST white paper by slug', REST_PATH, (b) => JSON.parse(b).docs?.[0]?.slug === SLUG)
      await measure('GraphQL 10 white papers', '/api/graphql', (b) => !JSON.parse(b).errors && JSON.parse(b).data?.WhitePapers?.docs?.length === 10, gqlInit)
      return rows
    } finally {
      await uncached.close()
    }
  })

runAsBenchChild(import.meta.url, runEngine)
