import type { Payload } from 'payload'

import { sqlEngine } from '../../db/raw-sql'
import { bulkInsert } from '../buffer/bulk-insert'
import { clickRollupDelta } from '../rollups/click-rollups'
import type { ClickRow } from './click-row'

/** Stores a batch of clicks and adds its human clicks to the daily rollups, in one transaction. */
export const storeClicks = (payload: Payload, rows: ClickRow[]): Promise<void> =>
  bulkInsert(payload, 'clicks', rows, { alsoRun: sqlEngine(payload) ? clickRollupDelta(rows) : undefined })
