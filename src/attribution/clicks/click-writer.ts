import type { Payload } from 'payload'

import { sqlEngine, transaction } from '../../db/raw-sql'
import { linkDeliveryClicks } from '../../distribution/delivery-clicks'
import { clickRollupDelta } from '../rollups/click-rollups'
import type { ClickRow } from './click-row'
import { storeClicks } from './store-clicks'

/**
 * Writes the click buffer's batches, and repairs clicks that a scanner burst flagged after they were
 * written (or while they were being written): each is set to `scanner` in the table and taken out of the
 * rollups exactly once. A batch is written from copies, so what was stored is known whatever the
 * burst detector changes meanwhile.
 */
export class ClickWriter {
  private readonly stored = new WeakSet<ClickRow>()
  private pending: ClickRow[] = []

  constructor(private readonly payload: () => Payload | undefined) {}

  /** The click buffer's insert. */
  readonly insert = async (payload: Payload, rows: ClickRow[]): Promise<void> => {
    const written = rows.map((row) => ({ ...row }))
    await storeClicks(payload, written)
    rows.forEach((row, i) => {
      this.stored.add(row)
      if (written[i].human && !row.human) this.pending.push(row)
    })
    await this.repair(payload)
    await linkDeliveryClicks(payload, written).catch((err: unknown) =>
      console.error(`[flywheel] linking newsletter clicks to their deliveries failed: ${err instanceof Error ? err.message : String(err)}`),
    )
  }

  /** Clicks the burst detector just flagged: the ones already stored are repaired now. */
  flagged(rows: ClickRow[]): void {
    for (const row of rows) if (this.stored.has(row)) this.pending.push(row)
    const payload = this.payload()
    if (payload && this.pending.length) void this.repair(payload)
  }

  /** Never throws: the batch is stored already; a failed repair is retried after the next batch. */
  private async repair(payload: Payload): Promise<void> {
    if (this.pending.length === 0) return
    const rows = this.pending
    this.pending = []
    try {
      await reclassify(payload, rows)
    } catch (err) {
      this.pending.push(...rows)
      console.error(`[flywheel] flagging ${rows.length} scanner clicks failed (retried with the next batch): ${err instanceof Error ? err.message : String(err)}`)
    }
  }
}

const reclassify = async (payload: Payload, rows: ClickRow[]): Promise<void> => {
  const ids = rows.map((r) => r.clickId)
  const engine = sqlEngine(payload)
  if (!engine) {
    await payload.update({ collection: 'clicks', where: { clickId: { in: ids } }, data: { human: false, botReason: 'scanner' }, overrideAccess: true })
    return
  }
  await transaction(payload, [
    { sql: `UPDATE clicks SET human = ?, bot_reason = 'scanner' WHERE click_id IN (${ids.map(() => '?').join(', ')})`, args: [engine === 'sqlite' ? 0 : false, ...ids] },
    // They were stored as human clicks: take them out of the human rollups and count them as bots.
    ...clickRollupDelta(rows.map((r) => ({ ...r, human: true })), -1),
    ...clickRollupDelta(rows.map((r) => ({ ...r, human: false })), 1),
  ])
}
