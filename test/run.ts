/**
 * `npm test`: the vitest suite on every database engine that can be reached.
 *   unit    – once
 *   db      – on SQLite, then PostgreSQL (POSTGRES_URL, default the local server), then MongoDB
 *             only when MONGODB_URI is set
 *   browser – once, when Chromium is installed (Debian's `chromium`)
 * REQUIRE_POSTGRES=1 / REQUIRE_BROWSER=1 (set by .ci/run) turn a missing peer into a failure.
 * Extra arguments are passed to vitest (e.g. `npm test -- test/db/media.test.ts`).
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { buildServer } from '../scripts/build-server.mjs'
import { findChromium } from './helpers/chromium'
import { postgresAdminUrl, TEST_DB_PREFIX } from './helpers/engine'

type Counts = { passed: number; failed: number; skipped: number }
type Step = { label: string; project: string; env: Record<string, string> }

const extraArgs = process.argv.slice(2)
const totals: Counts = { passed: 0, failed: 0, skipped: 0 }
const notes: string[] = []
let broken = false

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const reachablePostgres = async (): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 })
  client.on('error', () => {})
  try {
    await client.connect()
    // Drop what an interrupted run left behind: databases whose creating process (the pid in the
    // name) is gone. A run going on in parallel keeps its own.
    const { rows } = await client.query(`select datname from pg_database where datname like '${TEST_DB_PREFIX}%'`)
    for (const { datname } of rows) {
      const pid = Number(/^[a-z]+_(\d+)_/.exec(datname)?.[1])
      if (pid && processAlive(pid)) continue
      await client.query(`drop database if exists "${datname}" with (force)`)
    }
    return undefined
  } catch (err) {
    return (err as Error).message
  } finally {
    await client.end().catch(() => {})
  }
}

const vitestArgs = (step: Step, report: string) => ['vitest', 'run', '--project', step.project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs]
const reportFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flywheel-report-')), 'report.json')

const runVitest = (step: Step): void => {
  const report = reportFile()
  console.log(`\n━━ ${step.label} ━━`)
  const result = spawnSync('npx', vitestArgs(step, report), { stdio: 'inherit', env: { ...process.env, ...step.env } })
  record(step, report, result.status)
}

/**
 * Several steps at once (the db runs on SQLite and on PostgreSQL: much of a db test is waiting on a
 * database, a child process or a timer, so two runs share 2 cores well). Each step's output is kept
 * in a file and printed whole when it ends, so the logs do not interleave.
 */
const runVitestTogether = async (steps: Step[]): Promise<void> => {
  console.log(`\n━━ ${steps.map((s) => s.label).join(' and ')}, at the same time (each one's output follows when it ends) ━━`)
  await Promise.all(
    steps.map(
      (step) =>
        new Promise<void>((resolve) => {
          const report = reportFile()
          const log = path.join(path.dirname(report), 'output.log')
          const out = fs.openSync(log, 'w')
          const started = Date.now()
          const child = spawn('npx', vitestArgs(step, report), { stdio: ['ignore', out, out], env: { ...process.env, ...step.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' } })
          child.on('exit', (code) => {
            fs.closeSync(out)
            console.log(`\n━━ ${step.label} (${Math.round((Date.now() - started) / 1000)} s) ━━`)
            process.stdout.write(fs.readFileSync(log, 'utf8'))
            record(step, report, code)
            resolve()
          })
        }),
    ),
  )
}

const record = (step: Step, report: string, status: number | null): void => {
  let counts: Counts = { passed: 0, failed: 0, skipped: 0 }
  if (fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'))
    counts = { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + (json.numTodoTests ?? 0) }
    // A suite that failed to load counts as a failure even with no test recorded.
    if (json.numFailedTestSuites > 0 && counts.failed === 0) counts.failed = json.numFailedTestSuites
  }
  if (status !== 0 && counts.failed === 0) counts.failed = 1
  totals.passed += counts.passed
  totals.failed += counts.failed
  totals.skipped += counts.skipped
  notes.push(`${step.label}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`)
}

const main = async () => {
  const onlyFiles = extraArgs.filter((a) => !a.startsWith('-'))
  const wants = (project: string) => onlyFiles.length === 0 || onlyFiles.some((f) => f.includes(`test/${project}/`))

  if (wants('unit')) runVitest({ label: 'unit', project: 'unit', env: {} })

  if (wants('db')) {
    const sqlite: Step = { label: 'db on SQLite', project: 'db', env: { TEST_ENGINE: 'sqlite' } }
    const postgres: Step = { label: 'db on PostgreSQL', project: 'db', env: { TEST_ENGINE: 'postgres' } }
    const pgProblem = await reachablePostgres()
    if (!pgProblem && process.env.TEST_SERIAL !== '1') {
      // The entry points spawned tests run are compiled once here, not by both runs at once.
      await buildServer()
      const built = { FLYWHEEL_TEST_PREBUILT: '1' }
      await runVitestTogether([{ ...sqlite, env: { ...sqlite.env, ...built } }, { ...postgres, env: { ...postgres.env, ...built } }])
    } else runVitest(sqlite)

    if (!pgProblem) {
      if (process.env.TEST_SERIAL === '1') runVitest(postgres)
    } else if (process.env.REQUIRE_POSTGRES === '1') {
      notes.push(`PostgreSQL: REQUIRED but unreachable at ${postgresAdminUrl()} (${pgProblem})`)
      broken = true
    } else notes.push(`PostgreSQL: SKIPPED, unreachable at ${postgresAdminUrl()} (${pgProblem})`)

    if (process.env.MONGODB_URI) runVitest({ label: 'db on MongoDB', project: 'db', env: { TEST_ENGINE: 'mongodb' } })
    else notes.push('MongoDB: SKIPPED, MONGODB_URI is not set')
  }

  if (wants('browser')) {
    const chromium = findChromium()
    if (chromium) runVitest({ label: 'browser (Chromium)', project: 'browser', env: { CHROMIUM_PATH: chromium } })
    else if (process.env.REQUIRE_BROWSER === '1') {
      notes.push('browser: REQUIRED but no chromium on PATH (apt-get install chromium)')
      broken = true
    } else notes.push('browser: SKIPPED, no chromium on PATH (apt-get install chromium)')
  }

  console.log('\n━━ summary ━━')
  for (const note of notes) console.log(`  ${note}`)
  console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
  process.exit(totals.failed > 0 || broken || totals.passed === 0 ? 1 : 0)
}

void main()
