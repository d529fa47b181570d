import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import type { DatabaseTarget } from './parse-uri'

/** Adapter names as Payload reports them (`payload.db.name`), shown by /readyz. */
export const adapterNames = { sqlite: 'sqlite', postgres: 'postgres', mongodb: 'mongoose' } as const

/**
 * One Payload database adapter per engine. SQLite and PostgreSQL carry committed migrations
 * (src/migrations/<engine>) that run on start in production; development and tests push the schema.
 */
export const buildDatabaseAdapter = (target: DatabaseTarget): DatabaseAdapterObj => {
  switch (target.engine) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url: target.url },
        // WAL lets the admin, the API and the tracking flusher read while one writer commits.
        wal: true,
        busyTimeout: 5000,
        migrationDir: 'src/migrations/sqlite',
        prodMigrations: sqliteMigrations,
      })
    case 'postgres':
      return postgresAdapter({
        // Reachability is proven by the pre-flight (5 s); a busy pool may wait longer for a connection.
        pool: { connectionString: target.url, connectionTimeoutMillis: 20_000, max: Number(process.env.PG_POOL_MAX) || 10 },
        migrationDir: 'src/migrations/postgres',
        prodMigrations: postgresMigrations,
      })
    case 'mongodb':
      // Transactions need a replica set (see README); a standalone server works without them.
      return mongooseAdapter({
        url: target.url,
        connectOptions: { serverSelectionTimeoutMS: 5000 },
      })
  }
}
