import type { Payload } from 'payload'

type Closable = {
  pool?: {
    end: () => Promise<void>
    ended?: boolean
    _clients?: { release?: (destroy: boolean) => void; on?: (event: 'error', fn: () => void) => void; _activeQuery?: unknown; _queryQueue?: unknown[] }[]
    on?: (event: 'error', fn: () => void) => void
    _idle?: { client: unknown }[]
  }
  client?: { close: () => void; closed?: boolean }
  connection?: { close: () => Promise<void> }
}

/**
 * Stops Payload's crons and closes the database connections. Payload's drizzle adapters reset their
 * state on destroy() but leave the pg pool and the libsql client open, so they are closed here.
 * The postgres adapter also checks one client out of the pool at connect and never releases it
 * (db-postgres connect.js), so pool.end() alone would wait forever: checked-out clients are
 * released (and destroyed) first.
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  const db = payload.db as unknown as Closable
  const { pool, client } = db
  await payload.destroy()
  if (pool && !pool.ended) {
    const idle = new Set((pool._idle ?? []).map((item) => item.client))
    // A connection still busy when we close may be terminated by the server later (a dropped database,
    // a restart); that error belongs to nobody now, and unheard it would crash the process.
    pool.on?.('error', () => {})
    for (const client of pool._clients ?? []) {
      client.on?.('error', () => {})
      // Only the client nobody is using: one running a query releases itself when it finishes,
      // and releasing it twice throws inside pg-pool.
      if (idle.has(client) || client._activeQuery || client._queryQueue?.length) continue
      try {
        client.release?.(true)
      } catch {
        /* released meanwhile */
      }
    }
    await pool.end().catch(() => {})
  }
  if (client && !client.closed) {
    try {
      client.close()
    } catch {
      /* already closed */
    }
  }
}
