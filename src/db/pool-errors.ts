import type { Payload } from 'payload'

type Client = { on: (event: 'error', fn: (err: Error) => void) => void }
type Pool = Client & { on: (event: 'connect', fn: (client: Client) => void) => void; _clients?: Client[] }

/**
 * Keeps a lost PostgreSQL connection (the database restarted, the network cut it) from killing the
 * process with every buffered click and event. pg emits the error on the client, and pg-pool re-emits
 * an idle client's on the pool; an 'error' nobody hears is an uncaught exception. A checked-out client
 * (a flush's INSERT, a Payload transaction) has no listener at all, though its query already fails with
 * the same error and the pool drops it on release. No-op on the other engines.
 */
export const surviveLostConnections = (payload: Payload): void => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool) return
  const quiet = (client: Client) => client.on('error', () => {})
  for (const client of pool._clients ?? []) quiet(client)
  pool.on('connect', quiet)
  pool.on('error', (err) => console.error(`[flywheel] a database connection was lost: ${err.message}`))
}
