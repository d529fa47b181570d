import { getPayload, type Payload } from 'payload'

import { closePayload } from '../db/close'
import { parseDatabaseUri } from '../db/parse-uri'
import { preflightDatabase } from '../db/preflight'

/** Boots Payload on the configured database (DATABASE_URI), runs the work, and always closes it. */
export const withPayload = async <T>(work: (payload: Payload) => Promise<T>): Promise<T> => {
  await preflightDatabase(parseDatabaseUri(process.env.DATABASE_URI))
  const config = (await import('../payload.config')).default
  const payload = await getPayload({ config })
  try {
    return await work(payload)
  } finally {
    await closePayload(payload)
  }
}
