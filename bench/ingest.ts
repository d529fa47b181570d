/**
 * Issue 4 benchmark: POST /v1/events with batches of 100 events (validation, dedupe, buffer, batched
 * writes) against a bare node:http server that parses the same bodies and answers the same 202, in one
 * run on one machine; then the final flush and a check that every accepted event is stored.
 * Run one engine per process: `tsx -C production bench/ingest.ts sqlite`.
 */
import { execFile } from 'node:child_process'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

import { CONNECTIONS, DURATION_S, runAsBenchChild, withBenchServer, type Engine, type Row } from './lib'

const BATCH = 100
const run = promisify(execFile)

type Result = { requests: number; accepted: number; errors: number; retries: number; rps: number; eventsPerSecond: number; p50: number; p99: number }

const drive = async (url: string, writeKey: string, seconds: number): Promise<Result> => {
  const args = [path.resolve('bench/event-load.mjs'), url, writeKey, String(seconds), String(CONNECTIONS), String(BATCH)]
  return JSON.parse((await run(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 })).stdout) as Result
}

/** The baseline: parses each batch and answers what /v1/events would. */
const bareIngest = async () => {
  const server = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      const accepted = (JSON.parse(body) as { batch: unknown[] }).batch.length
      const out = JSON.stringify({ accepted, duplicates: 0, rejected: [] })
      res.writeHead(202, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) })
      res.end(out)
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/events`, close: () => new Promise((r) => server.close(r)) }
}

const row = (engine: Engine, target: string, r: Result): Row => ({ bench: 'ingest', engine, target, rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors })

export const runEngine = (engine: Engine): Promise<Row[]> =>
  withBenchServer(engine, async (server) => {
    const source = await server.payload.create({ collection: 'sources', data: { name: 'Bench', kind: 'website' } })
    const writeKey = source.writeKey!

    const bare = await bareIngest()
    await drive(bare.url, writeKey, 1)
    const baseline = await drive(bare.url, writeKey, DURATION_S)
    await bare.close()
    await drive(`${server.url}/v1/events`, writeKey, 1)
    const ours = await drive(`${server.url}/v1/events`, writeKey, DURATION_S)

    // Every accepted event is stored once the buffer is flushed (as on SIGTERM).
    const unwritten = await server.tracking.close()
    const { accepted } = server.tracking.stats().events
    const stored = (await server.payload.count({ collection: 'events' })).totalDocs
    if (unwritten !== 0 || stored !== accepted || ours.errors > 0) {
      throw new Error(`events: ${stored} stored, ${accepted} accepted, ${unwritten} unwritten, ${ours.errors} failed requests`)
    }
    const events = (r: Result) => `${Math.round(r.eventsPerSecond).toLocaleString('en-US')} events/s${r.retries ? `, ${r.retries} batches retried after a 503` : ''}`
    return [
      row(engine, `bare node:http parsing the same batches (${events(baseline)})`, baseline),
      { ...row(engine, `POST /v1/events, ${BATCH} per request: ${events(ours)}, ${stored.toLocaleString('en-US')} stored`, ours), ratio: ours.rps / baseline.rps },
    ]
  })

runAsBenchChild(import.meta.url, runEngine)
