/**
 * `npm run bench`: every benchmark, one engine per child process, printed as Markdown tables with
 * ratios against a bare node:http server measured in the same run. `npm run bench -- --readme` also
 * writes the tables into README.md between the bench markers. Results: bench/results/latest.json.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

import { machine, postgresReachable, type Engine, type Row } from './lib'

/** Bench modules: each runs standalone as `tsx -C production bench/<file> <engine>` and prints `BENCH_ROWS <json>`. */
const BENCHES = ['bench/rest-graphql.ts', 'bench/content-reads.ts', 'bench/redirect.ts', 'bench/ingest.ts', 'bench/attribution-report.ts', 'bench/distribution.ts', 'bench/growth-layers.ts', 'bench/dashboard.ts'].filter((f) => fs.existsSync(f))

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
        `| ${r.bench} | ${r.engine} | ${r.target} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} | ${r.errors} | ${r.ratio === null ? '–' : r.ratio === undefined ? '1.00 (baseline)' : `${fmt(r.ratio, 3)} (${fmt(r.ratio * 100, 1)} %)`} |`,
    ),
  ].join('\n')

/** `--only a,b`: run just these benches (file names without `bench/` and `.ts`). */
const onlyArg = (): Set<string> | undefined => {
  const i = process.argv.indexOf('--only')
  return i === -1 ? undefined : new Set((process.argv[i + 1] ?? '').split(',').filter(Boolean))
}
const benchName = (file: string) => file.replace(/^bench\//, '').replace(/\.ts$/, '')

/**
 * The README table with the rows of the benches just run replaced (a partial run keeps the others'
 * figures and says in the heading which benches were measured when).
 */
const mergeTable = (readme: string, rows: Row[], only: Set<string>, heading: string): string => {
  const block = /<!-- bench:begin -->\n([\s\S]*)\n<!-- bench:end -->/.exec(readme)?.[1] ?? ''
  const lines = block.split('\n')
  const kept = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| bench |') && !l.startsWith('| --- ') && !only.has(l.split('|')[1].trim()))
  const fresh = table(rows).split('\n').slice(2)
  const intro = lines.filter((l) => l && !l.startsWith('|'))
  const names = [...only].join(', ')
  const note = `${names} re-measured ${new Date().toISOString().slice(0, 10)} (\`npm run bench -- --only ${[...only].join(',')} --readme\`); ${heading}`
  return `${[...intro.filter((l) => !l.includes(' re-measured ')), note].join('\n\n')}\n\n${table([]).split('\n').slice(0, 2).join('\n')}\n${[...kept, ...fresh].join('\n')}`
}

const main = async () => {
  const only = onlyArg()
  const engines: Engine[] = ['sqlite']
  if (await postgresReachable()) engines.push('postgres')
  else console.log('PostgreSQL unreachable: benchmarking SQLite only')
  const rows: Row[] = []
  for (const file of BENCHES.filter((f) => !only || only.has(benchName(f)))) for (const engine of engines) rows.push(...runOne(file, engine))
  const failed = rows.filter((r) => r.errors > 0)
  const markdown = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; autocannon in a child process, ${process.env.BENCH_CONNECTIONS || 16} connections, ${process.env.BENCH_SECONDS || 5} s after a 1 s warm-up.\n\n${table(rows)}`
  console.log(markdown)
  fs.mkdirSync('bench/results', { recursive: true })
  fs.writeFileSync('bench/results/latest.json', `${JSON.stringify({ machine: machine(), rows }, null, 2)}\n`)
  if (process.argv.includes('--readme')) {
    const readme = fs.readFileSync('README.md', 'utf8')
    const body = only ? mergeTable(readme, rows, only, `${machine()}.`) : markdown
    const updated = readme.replace(/<!-- bench:begin -->[\s\S]*<!-- bench:end -->/, () => `<!-- bench:begin -->\n${body}\n<!-- bench:end -->`)
    fs.writeFileSync('README.md', updated)
  }
  if (failed.length) {
    console.error(`non-2xx responses or errors in: ${failed.map((r) => `${r.engine} ${r.target}`).join(', ')}`)
    process.exit(1)
  }
}

void main()
