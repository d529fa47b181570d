/**
 * npm run migrate:create -- <name>
 * Writes one migration per SQL engine (src/migrations/sqlite and src/migrations/postgres) from the
 * current config. Each engine diffs against its own last snapshot, so no running database is needed
 * for SQLite; PostgreSQL uses a throw-away database on POSTGRES_URL.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { rebuildAddedForeignKeys, type Snapshot } from './sqlite-fk-rebuild'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run migrate:create -- <snake_case_name>')
  process.exit(2)
}

const run = (databaseUri: string) =>
  execFileSync('npx', ['payload', 'migrate:create', name], {
    stdio: 'inherit',
    // -C development: see README, "Node 20 and Lexical".
    env: { ...process.env, DATABASE_URI: databaseUri, NODE_ENV: 'development', NODE_OPTIONS: '--conditions=development' },
  })

run(`file:${path.join(os.tmpdir(), `flywheel-migrate-${process.pid}.db`)}`)
// SQLite: relationship columns added to existing tables become a table rebuild (see the script).
const sqliteDir = 'src/migrations/sqlite'
const written = fs.readdirSync(sqliteDir).filter((f) => f.endsWith(`_${name}.ts`)).sort().at(-1)
if (written) {
  const file = path.join(sqliteDir, written)
  const snapshot: Snapshot = JSON.parse(fs.readFileSync(file.replace(/\.ts$/, '.json'), 'utf8'))
  fs.writeFileSync(file, rebuildAddedForeignKeys(fs.readFileSync(file, 'utf8'), snapshot))
}

const base = process.env.POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
const db = `flywheel_migrate_${process.pid}`
const admin = new pg.Client({ connectionString: base })
await admin.connect()
await admin.query(`create database ${db}`)
try {
  const url = new URL(base)
  url.pathname = `/${db}`
  run(url.toString())
} finally {
  await admin.query(`drop database if exists ${db}`)
  await admin.end()
}
