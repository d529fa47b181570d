import { execFile } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import pg from 'pg'

import type { RunningServer, StartOptions } from '../src/server/start'
import { postgresAdminUrl, postgresReachable } from '../test/helpers/engine'

const run = promisify(execFile)

export type Engine = 'sqlite' | 'postgres'
export type Row = { bench: string; engine: Engine | '-'; target: string; rps: number; p50: number; p99: number; errors: number; ratio?: number | null }
// ratio: against the bare node:http baseline of the same bench; undefined for the baseline itself, null when a bench has none (a batch job).

/** One load run: the row's figures, plus how many answers had the expected status (not a column). */
export type LoadResult = Pick<Row, 'rps' | 'p50' | 'p99' | 'errors'> & { answered: number }

/** The figures of a load run that go into a row. */
export const figures = ({ answered: _, ...row }: LoadResult): Pick<Row, 'rps' | 'p50' | 'p99' | 'errors'> => row

export const DURATION_S = Number(process.env.BENCH_SECONDS) || 5
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS) || 16

/**
 * Drives `url` with autocannon in a child process, so the load generator and the server under test
 * each get a core instead of sharing one event loop. A warm-up second precedes the measured run.
 */
export const load = async (
  url: string,
  opts: { method?: string; body?: string; headers?: Record<string, string>; seconds?: number; expect?: '2xx' | '3xx' } = {},
): Promise<LoadResult> => {
  const bin = path.resolve('node_modules/autocannon/autocannon.js')
  const args = (seconds: number) => [
    bin,
    '-j',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(seconds),
    '-m',
    opts.method ?? 'GET',
    ...Object.entries(opts.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}=${v}`]),
    ...(opts.body ? ['-b', opts.body] : []),
    url,
  ]
  const expected = opts.expect ?? '2xx'
  const once = async (seconds: number) => JSON.parse((await run(process.execPath, args(seconds), { maxBuffer: 16 * 1024 * 1024 })).stdout)
  const warm = await once(1)
  const r = await once(opts.seconds ?? DURATION_S)
  // Any answer outside the expected status class counts as an error, as do socket errors and timeouts.
  const unexpected = ['1xx', '2xx', '3xx', '4xx', '5xx'].filter((c) => c !== expected).reduce((sum, c) => sum + (r[c] ?? 0), 0)
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts + unexpected,
    // Responses of the expected class over the warm-up and the measured run.
    answered: (warm[expected] ?? 0) + (r[expected] ?? 0),
  }
}

/** The baseline: a bare node:http server answering fixed bytes. */
export const bareServer = async (body: string, contentType = 'application/json') => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
    res.end(body)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) }
}

const pgAdmin = postgresAdminUrl
export { postgresReachable }

/** The entry of a bench child process (`node bench/x.ts <engine>`): prints its rows for bench/run.ts. */
export const runAsBenchChild = (moduleUrl: string, runEngine: (engine: Engine) => Promise<Row[]>): void => {
  if (moduleUrl !== `file://${process.argv[1]}`) return
  const engine = (process.argv[2] ?? 'sqlite') as Engine
  runEngine(engine).then(
    (rows) => {
      console.log(`BENCH_ROWS ${JSON.stringify(rows)}`)
      process.exit(0)
    },
    (err) => {
      console.error(err)
      process.exit(1)
    },
  )
}

/** The redirect baseline: a bare node:http server answering every request with the same 302. */
export const bareRedirectServer = async (location: string) => {
  const server = http.createServer((_req, res) => {
    res.writeHead(302, { location, 'cache-control': 'private, no-store', 'content-length': 0 })
    res.end()
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) }
}

/** A fresh database and data/media directories for one bench process; sets the env the config reads. */
export const benchEnvironment = async (engine: Engine) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flywheel-bench-'))
  let drop = async () => {}
  let uri = `file:${dir}/bench.db`
  if (engine === 'postgres') {
    const name = `fwbench_${process.pid}`
    const c = new pg.Client({ connectionString: pgAdmin() })
    await c.connect()
    await c.query(`drop database if exists ${name}`)
    await c.query(`create database ${name}`)
    await c.end()
    const url = new URL(pgAdmin())
    url.pathname = `/${name}`
    uri = url.toString()
    drop = async () => {
      const d = new pg.Client({ connectionString: pgAdmin() })
      await d.connect()
      await d.query(`drop database if exists ${name} with (force)`)
      await d.end()
    }
  }
  Object.assign(process.env, {
    DATABASE_URI: uri,
    DATA_DIR: `${dir}/data`,
    MEDIA_DIR: `${dir}/media`,
    PAYLOAD_SECRET: 'bench-secret-0123456789abcdef',
    NODE_ENV: 'test',
  })
  return {
    cleanup: async () => {
      await drop().catch(() => {})
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Flywheel's server (API node, no admin UI unless `options.admin`) on a fresh database of `engine` for one bench process, shut
 * down and its database dropped afterwards whatever happens. `shutdown` may also be called inside `run`
 * (to flush and count before the end): it runs once.
 */
export const withBenchServer = async <T>(engine: Engine, run: (server: RunningServer) => Promise<T>, options: Pick<StartOptions, 'admin' | 'dev'> = {}): Promise<T> => {
  const env = await benchEnvironment(engine)
  try {
    const { startServer } = await import('../src/server/start')
    const server = await startServer({ port: 0, admin: false, log: () => {}, ...options })
    try {
      return await run(server)
    } finally {
      await server.shutdown('bench done')
    }
  } finally {
    await env.cleanup()
  }
}

/** The machine, for the record next to the figures. */
export const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`
