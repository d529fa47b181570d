import type { ClickRow } from './click-row'

type Burst = { clicks: { row: ClickRow; at: number }[]; flaggedUntil: number }

/**
 * Email security scanners open every link of a message within seconds of delivery, from one address.
 * A visitor (same visitor id) opening `links` different tracked links within `windowMs` is such a
 * scanner: the click that completes the burst, the burst's earlier clicks and the visitor's further
 * clicks inside the window are flagged `scanner` and not counted as human.
 */
export class ScannerBursts {
  private readonly byVisitor = new Map<string, Burst>()
  private lastSweep = 0

  constructor(
    private readonly windowMs = 5000,
    private readonly links = 3,
  ) {}

  /**
   * Looks at a new click (flagging it in place when it belongs to a burst) and returns the visitor's
   * earlier clicks it turned into scanner clicks (already flagged in place; some may be stored already).
   */
  check(row: ClickRow, now = Date.now()): ClickRow[] {
    this.sweep(now)
    if (!row.visitorId || !row.human) return []
    const burst = this.byVisitor.get(row.visitorId) ?? { clicks: [], flaggedUntil: 0 }
    this.byVisitor.set(row.visitorId, burst)
    burst.clicks = burst.clicks.filter((c) => now - c.at <= this.windowMs)
    burst.clicks.push({ row, at: now })
    if (now < burst.flaggedUntil) {
      flag([row])
      return []
    }
    if (new Set(burst.clicks.map((c) => c.row.linkId)).size < this.links) return []
    burst.flaggedUntil = now + this.windowMs
    const earlier = burst.clicks.map((c) => c.row).filter((r) => r !== row && r.human)
    flag([row, ...earlier])
    return earlier
  }

  /** Forgets visitors idle for a window (at most once a second), so memory follows the click rate. */
  private sweep(now: number) {
    if (now - this.lastSweep < 1000) return
    this.lastSweep = now
    for (const [visitor, burst] of this.byVisitor) {
      if (now >= burst.flaggedUntil && burst.clicks.every((c) => now - c.at > this.windowMs)) this.byVisitor.delete(visitor)
    }
  }
}

const flag = (rows: ClickRow[]) => {
  for (const row of rows) {
    row.human = false
    row.botReason = 'scanner'
  }
}
