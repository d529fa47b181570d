import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { engine, postgresAdminUrl, TEST_DB_PREFIX } from './engine'
import { spawnServer } from './spawn'

const withDatabase = (base: string, name: string): string => {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * Once per `db` run: a database with the whole schema, pushed by a dev server (drizzle's push, as every
 * test file's own boot did), that test files copy instead of pushing ~350 tables each (a file copy on
 * SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL). Returns its URI and how to drop it; undefined on
 * engines without a cheap copy.
 */
export const createTemplate = async (): Promise<{ uri: string; drop: () => Promise<void> } | undefined> => {
  if (engine !== 'sqlite' && engine !== 'postgres') return undefined
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flywheel-template-'))
  const name = `${TEST_DB_PREFIX}${process.pid}_template`
  let uri = `file:${dir}/${name}.db`
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: postgresAdminUrl() })
    await admin.connect()
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.query(`create database ${name}`)
    await admin.end()
    uri = withDatabase(postgresAdminUrl(), name)
  }
  const { server } = await spawnServer(uri, {
    DATA_DIR: path.join(dir, 'data'),
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: 'template-secret-0123456789abcdef',
    PAYLOAD_MIGRATING: 'false',
    JOBS_AUTORUN: 'off',
  }, 180_000)
  server.child.kill('SIGTERM')
  await server.exited
  return {
    uri,
    drop: async () => {
      if (engine === 'postgres') {
        const admin = new pg.Client({ connectionString: postgresAdminUrl() })
        await admin.connect()
        await admin.query(`drop database if exists ${name} with (force)`)
        await admin.end()
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A copy of the template as a new database `name` (next to `dir` on SQLite); its URI. */
export const copyTemplate = async (templateUri: string, name: string, dir: string): Promise<string> => {
  if (engine === 'sqlite') {
    const source = templateUri.replace(/^file:/, '')
    const target = path.join(dir, `${name}.db`)
    fs.copyFileSync(source, target)
    // WAL mode: what the server wrote may still be in the log beside the file.
    if (fs.existsSync(`${source}-wal`)) fs.copyFileSync(`${source}-wal`, `${target}-wal`)
    return `file:${target}`
  }
  const template = new URL(templateUri).pathname.slice(1)
  const admin = new pg.Client({ connectionString: postgresAdminUrl() })
  await admin.connect()
  try {
    await admin.query(`create database ${name} template ${template}`)
  } finally {
    await admin.end()
  }
  return withDatabase(postgresAdminUrl(), name)
}
