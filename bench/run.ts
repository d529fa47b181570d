/**
 * `npm run bench`: every benchmark, one engine per child process, printed as Markdown tables with
 * ratios against a bare node:http server measured in the same run. `npm run bench -- --readme` also
 * writes the tables into README.md between the bench markers. Results: bench/results/latest.json.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { machine, postgresReachable, type Engine, type Row } from './lib'

/** Bench modules: each runs standalone as `tsx -C production bench/<file> <engine>` and prints `BENCH_ROWS <json>`. */
const BENCHES = ['bench/rest-graphql.ts', 'bench/content-reads.ts', 'bench/redirect.ts', 'bench/ingest.ts', 'bench/attribution-report.ts', 'bench/distribution.ts'].filter((f) => fs.existsSync(f))

const runOne = (file: string, engine: Engine): Row[] => {
  const result = spawnSync(process.execPath, ['-C', 'production', '--import', 'tsx', file, engine], {
    encoding: 'utf8',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = result.stdout.split('\n').find((l) => l.startsWith('BENCH_ROWS '))
  if (result.status !== 0 || !line) throw new Error(`${file} on ${engine} failed:\n${result.stdout}\n${result.stderr}`)
  return JSON.parse(line.slice('BENCH_ROWS '.length)) as Row[]
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

const table = (rows: Row[]) =>
  [
    '| bench | engine | target | req/s | p50 ms | p99 ms | errors | vs bare node:http |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.bench} | ${r.engine} | ${r.target} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.errors} | ${r.ratio === undefined ? '1.00 (baseline)' : `${fmt(r.ratio, 3)} (${fmt(r.ratio * 100, 1)} %)`} |`,
    ),
  ].join('\n')

const main = async () => {
  const engines: Engine[] = ['sqlite']
  if (await postgresReachable()) engines.push('postgres')
  else console.log('PostgreSQL unreachable: benchmarking SQLite only')
  const rows: Row[] = []
  for (const file of BENCHES) for (const engine of engines) rows.push(...runOne(file, engine))
  const failed = rows.filter((r) => r.errors > 0)
  const markdown = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; autocannon in a child process, ${process.env.BENCH_CONNECTIONS || 16} connections, ${process.env.BENCH_SECONDS || 5} s after a 1 s warm-up.\n\n${table(rows)}`
  console.log(markdown)
  fs.mkdirSync('bench/results', { recursive: true })
  fs.writeFileSync('bench/results/latest.json', `${JSON.stringify({ machine: machine(), rows }, null, 2)}\n`)
  if (process.argv.includes('--readme')) {
    const readme = fs.readFileSync('README.md', 'utf8')
    const updated = readme.replace(/<!-- bench:begin -->[\s\S]*<!-- bench:end -->/, `<!-- bench:begin -->\n${markdown}\n<!-- bench:end -->`)
    fs.writeFileSync('README.md', updated)
  }
  if (failed.length) {
    console.error(`non-2xx responses or errors in: ${failed.map((r) => `${r.engine} ${r.target}`).join(', ')}`)
    process.exit(1)
  }
}

void main()
