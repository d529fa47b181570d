import path from 'node:path'

import { dataDir } from '../env/paths'
import { StartupError } from '../env/startup-error'

export type DatabaseTarget =
  | { engine: 'sqlite'; url: string; file: string }
  | { engine: 'postgres'; url: string }
  | { engine: 'mongodb'; url: string }

export const DEFAULT_SQLITE_FILE = 'flywheel.db'

const redact = (uri: string): string => uri.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')

/**
 * Reads DATABASE_URI: unset → embedded SQLite under data/; `file:` → that SQLite file;
 * `postgres://`/`postgresql://` → PostgreSQL; `mongodb://`/`mongodb+srv://` → MongoDB.
 * Anything else is a StartupError naming the problem (never a stack dump).
 */
export const parseDatabaseUri = (raw: string | undefined): DatabaseTarget => {
  const uri = raw?.trim()
  if (!uri) {
    const file = path.join(dataDir(), DEFAULT_SQLITE_FILE)
    return { engine: 'sqlite', url: `file:${file}`, file }
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase()
  if (scheme === 'file') {
    const rest = uri.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!rest || rest === '//') throw new StartupError(`DATABASE_URI "${uri}" names no SQLite file`)
    const file = path.resolve(rest)
    return { engine: 'sqlite', url: `file:${file}`, file }
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    let parsed: URL
    try {
      parsed = new URL(uri)
    } catch {
      throw new StartupError(`DATABASE_URI "${redact(uri)}" is not a valid PostgreSQL URL`)
    }
    if (!parsed.hostname && !parsed.searchParams.get('host')) {
      throw new StartupError(`DATABASE_URI "${redact(uri)}" has no host`)
    }
    if (parsed.pathname.length <= 1) {
      throw new StartupError(`DATABASE_URI "${redact(uri)}" names no database (postgres://host:5432/<database>)`)
    }
    return { engine: 'postgres', url: uri }
  }
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    if (!/^mongodb(\+srv)?:\/\/[^/]+/i.test(uri)) {
      throw new StartupError(`DATABASE_URI "${redact(uri)}" is not a valid MongoDB URL`)
    }
    return { engine: 'mongodb', url: uri }
  }
  throw new StartupError(
    `DATABASE_URI "${redact(uri)}" has an unsupported scheme${scheme ? ` "${scheme}:"` : ''}; use file:, postgres://, postgresql://, mongodb:// or mongodb+srv://`,
  )
}

export const describeTarget = (target: DatabaseTarget): string =>
  target.engine === 'sqlite' ? `SQLite at ${target.file}` : `${target.engine === 'postgres' ? 'PostgreSQL' : 'MongoDB'} at ${redact(target.url)}`

export { redact as redactUri }
