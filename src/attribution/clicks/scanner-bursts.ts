import type { ClickRow } from './click-row'

/** Per visitor: the links opened inside the window (last time, and up to 5 of its human clicks). */
type Burst = { links: Map<number, { at: number; rows: ClickRow[] }>; flaggedUntil: number }

/**
 * Email security scanners open every link of a message within seconds of delivery, from one address.
 * A visitor (same visitor id) opening `links` different tracked links within `windowMs` is such a
 * scanner: the click that completes the burst, the burst's earlier clicks and the visitor's further
 * clicks inside the window are flagged `scanner` and not counted as human. Memory per visitor is
 * bounded by the number of links, however fast one visitor clicks one link.
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
    let burst = this.byVisitor.get(row.visitorId)
    if (!burst) this.byVisitor.set(row.visitorId, (burst = { links: new Map(), flaggedUntil: 0 }))
    if (now < burst.flaggedUntil) {
      flag([row])
      return []
    }
    for (const [link, seen] of burst.links) if (now - seen.at > this.windowMs) burst.links.delete(link)
    const seen = burst.links.get(row.linkId) ?? { at: now, rows: [] }
    seen.at = now
    if (seen.rows.length < 5) seen.rows.push(row)
    burst.links.set(row.linkId, seen)
    if (burst.links.size < this.links) return []
    burst.flaggedUntil = now + this.windowMs
    const earlier = [...burst.links.values()].flatMap((s) => s.rows).filter((r) => r !== row && r.human)
    burst.links.clear()
    flag([row, ...earlier])
    return earlier
  }

  /** Forgets visitors idle for a window (at most once a second), so memory follows the click rate. */
  private sweep(now: number) {
    if (now - this.lastSweep < 1000) return
    this.lastSweep = now
    for (const [visitor, burst] of this.byVisitor) {
      if (now >= burst.flaggedUntil && [...burst.links.values()].every((s) => now - s.at > this.windowMs)) this.byVisitor.delete(visitor)
    }
  }
}

const flag = (rows: ClickRow[]) => {
  for (const row of rows) {
    row.human = false
    row.botReason = 'scanner'
  }
}
