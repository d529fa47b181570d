import crypto from 'node:crypto'

import pg from 'pg'

import { copyTemplate } from './template-db'

export type Engine = 'sqlite' | 'postgres' | 'mongodb'

/** Which database this vitest run targets (set by test/run.ts). */
export const engine = (process.env.TEST_ENGINE ?? 'sqlite') as Engine

export const postgresAdminUrl = (): string =>
  process.env.POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres'

/** Whether the PostgreSQL server at `url` (default: the admin URL) answers within `timeoutMs`. */
export const postgresReachable = async (url = postgresAdminUrl(), timeoutMs = 2000): Promise<boolean> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  client.on('error', () => {})
  try {
    await client.connect()
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

const withDatabase = (base: string, name: string): string => {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

/** Prefix of every database the suite creates; test/run.ts drops leftovers. */
export const TEST_DB_PREFIX = 'fwtest_'

/**
 * A new database on the current engine; `drop` removes it. From a `template` (the run's, made by
 * global-setup.ts) it is a copy that already has the schema (`prepared`: no push needed); without one
 * it is empty.
 */
export const freshDatabase = async (dir: string, template?: string): Promise<{ uri: string; drop: () => Promise<void>; prepared: boolean }> => {
  const name = `${TEST_DB_PREFIX}${process.pid}_${crypto.randomBytes(4).toString('hex')}`
  if (engine === 'sqlite') return { uri: template ? await copyTemplate(template, name, dir) : `file:${dir}/${name}.db`, drop: async () => {}, prepared: Boolean(template) }
  if (engine === 'postgres') {
    if (template) await copyTemplate(template, name, dir)
    else {
      const admin = new pg.Client({ connectionString: postgresAdminUrl() })
      await admin.connect()
      await admin.query(`create database ${name}`)
      await admin.end()
    }
    return {
      prepared: Boolean(template),
      uri: withDatabase(postgresAdminUrl(), name),
      drop: async () => {
        const c = new pg.Client({ connectionString: postgresAdminUrl() })
        await c.connect()
        await c.query(`drop database if exists ${name} with (force)`)
        await c.end()
      },
    }
  }
  const base = process.env.MONGODB_URI
  if (!base) throw new Error('TEST_ENGINE=mongodb needs MONGODB_URI')
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    prepared: false,
    uri: url.toString(),
    drop: async () => {
      const { default: mongoose } = await import('mongoose')
      const conn = await mongoose.createConnection(url.toString()).asPromise()
      await conn.dropDatabase()
      await conn.close()
    },
  }
}
