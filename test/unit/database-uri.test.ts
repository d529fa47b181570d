import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { adapterNames, buildDatabaseAdapter } from '../../src/db/adapter'
import { DEFAULT_SQLITE_FILE, parseDatabaseUri } from '../../src/db/parse-uri'
import { StartupError } from '../../src/env/startup-error'

describe('DATABASE_URI selects the adapter', () => {
  it('defaults to an embedded SQLite file under data/', () => {
    process.env.DATA_DIR = '/tmp/flywheel-data'
    for (const uri of [undefined, '', '  ']) {
      expect(parseDatabaseUri(uri)).toEqual({
        engine: 'sqlite',
        file: path.join('/tmp/flywheel-data', DEFAULT_SQLITE_FILE),
        url: `file:${path.join('/tmp/flywheel-data', DEFAULT_SQLITE_FILE)}`,
      })
    }
  })

  it('takes file: URIs, relative and absolute', () => {
    expect(parseDatabaseUri('file:./data/x.db')).toMatchObject({ engine: 'sqlite', file: path.resolve('data/x.db') })
    expect(parseDatabaseUri('file:/var/lib/fw.db')).toMatchObject({ engine: 'sqlite', file: '/var/lib/fw.db', url: 'file:/var/lib/fw.db' })
    expect(parseDatabaseUri('file:///var/lib/fw.db')).toMatchObject({ file: '/var/lib/fw.db' })
  })

  it('takes postgres:// and postgresql://', () => {
    expect(parseDatabaseUri('postgres://u:p@db:5432/flywheel')).toEqual({ engine: 'postgres', url: 'postgres://u:p@db:5432/flywheel' })
    expect(parseDatabaseUri('postgresql://db/flywheel?sslmode=require').engine).toBe('postgres')
  })

  it('takes mongodb:// and mongodb+srv://', () => {
    expect(parseDatabaseUri('mongodb://a,b,c/flywheel?replicaSet=rs0').engine).toBe('mongodb')
    expect(parseDatabaseUri('mongodb+srv://cluster.example.net/flywheel').engine).toBe('mongodb')
  })

  it('builds the matching Payload adapter for each engine', () => {
    for (const uri of ['file:/tmp/a.db', 'postgres://u@h/db', 'mongodb://h/db']) {
      const target = parseDatabaseUri(uri)
      expect(buildDatabaseAdapter(target).name).toBe(adapterNames[target.engine])
    }
  })

  it.each([
    ['mysql://root@localhost/fw', /unsupported scheme "mysql:"/],
    ['localhost:5432', /unsupported scheme "localhost:"/],
    ['just-a-word', /unsupported scheme; use file:/],
    ['postgres://u:pw@host', /names no database/],
    ['postgres://u:pw@:5432/db', /has no host|not a valid PostgreSQL URL/],
    ['mongodb://', /not a valid MongoDB URL/],
    ['file:', /names no SQLite file/],
  ])('refuses %s with a clear message', (uri, message) => {
    expect(() => parseDatabaseUri(uri)).toThrow(StartupError)
    expect(() => parseDatabaseUri(uri)).toThrow(message)
  })

  it('never prints a password in an error', () => {
    expect(() => parseDatabaseUri('postgres://admin:hunter2@host')).toThrow(/admin:\*\*\*@host/)
    expect(() => parseDatabaseUri('postgres://admin:hunter2@host')).not.toThrow(/hunter2/)
  })
})
