import type { Payload } from 'payload'

import type { EventRow } from '../ingest/to-row'
import { stitch } from './stitch'

/** After a batch of events is stored: identify and alias calls tie their ids to one contact. */
export const stitchIdentifies = async (payload: Payload, rows: EventRow[]): Promise<void> => {
  for (const row of rows) {
    if (row.type !== 'identify' && row.type !== 'alias') continue
    if (!row.userId && !row.anonymousId) continue
    await stitch(payload, { anonymousId: row.anonymousId, userId: row.userId, previousId: row.previousId, clickId: row.clickId }, { traits: row.traits, at: row.at })
  }
}
