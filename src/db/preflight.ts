import fs from 'node:fs'
import path from 'node:path'

import { StartupError } from '../env/startup-error'
import { describeTarget, type DatabaseTarget } from './parse-uri'

const TIMEOUT_MS = 5000

const reason = (err: unknown): string => {
  const e = err as { code?: string; message?: string }
  switch (e?.code) {
    case 'ECONNREFUSED':
      return 'connection refused'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found'
    case 'ETIMEDOUT':
      return 'timed out'
    case '3D000':
      return 'database does not exist'
    case '28P01':
    case '28000':
      return 'authentication failed'
    default:
      return (e?.message || String(err)).split('\n')[0]
  }
}

/**
 * mkdir -p one level at a time: Node's recursive mkdirSync can spin forever on pseudo file systems
 * such as /proc (it retries on ENOENT), and a start must never hang.
 */
const makeParents = (dir: string): void => {
  const missing: string[] = []
  let current = dir
  while (!fs.existsSync(current)) {
    missing.unshift(current)
    const parent = path.dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const level of missing) fs.mkdirSync(level)
}

const checkSqlite = (file: string): void => {
  try {
    makeParents(path.dirname(file))
  } catch (err) {
    throw new StartupError(`cannot create the directory for SQLite database ${file}: ${reason(err)}`)
  }
  if (fs.existsSync(file)) {
    if (fs.statSync(file).isDirectory()) throw new StartupError(`SQLite database ${file} is a directory`)
    const fd = fs.openSync(file, 'r')
    const header = Buffer.alloc(16)
    const read = fs.readSync(fd, header, 0, 16, 0)
    fs.closeSync(fd)
    if (read > 0 && header.toString('latin1', 0, 15) !== 'SQLite format 3') {
      throw new StartupError(`${file} exists but is not a SQLite database`)
    }
  }
  try {
    fs.accessSync(path.dirname(file), fs.constants.W_OK)
  } catch {
    throw new StartupError(`SQLite database directory ${path.dirname(file)} is not writable`)
  }
}

const checkPostgres = async (url: string): Promise<void> => {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: TIMEOUT_MS })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.query('select 1')
  } catch (err) {
    throw new StartupError(`cannot connect to ${describeTarget({ engine: 'postgres', url })}: ${reason(err)}`)
  } finally {
    await client.end().catch(() => {})
  }
}

const checkMongo = async (url: string): Promise<void> => {
  const { default: mongoose } = await import('mongoose')
  const conn = mongoose.createConnection(url, { serverSelectionTimeoutMS: TIMEOUT_MS })
  try {
    await conn.asPromise()
  } catch (err) {
    throw new StartupError(`cannot connect to ${describeTarget({ engine: 'mongodb', url })}: ${reason(err)}`)
  } finally {
    await conn.close().catch(() => {})
  }
}

/**
 * Proves the database is reachable before Payload starts, so a wrong URI ends in one clear line
 * within seconds instead of the adapter's stack dump or an endless retry.
 */
export const preflightDatabase = async (target: DatabaseTarget): Promise<void> => {
  if (target.engine === 'sqlite') return checkSqlite(target.file)
  if (target.engine === 'postgres') return checkPostgres(target.url)
  return checkMongo(target.url)
}
