import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

const DAY_MS = 86_400_000
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)

export type Salts = { today: string; yesterday: string | null }

/**
 * The daily salts of visitor ids, shared by every server through the `visitor-salts` table. Tomorrow's
 * salt is created a day ahead, so at midnight the hot path switches without waiting for the database;
 * salts older than yesterday are deleted. `peek` never waits: it answers from memory and refreshes in
 * the background when the day has changed.
 */
export class DailySalts {
  private salts = new Map<string, string>()
  private loading: Promise<void> | undefined
  private loadedFor = ''
  private current: { from: number; salts: Salts } | undefined

  constructor(private readonly payload: () => Payload | undefined) {}

  peek(now = Date.now()): Salts | undefined {
    // The hot path: one comparison while the day lasts.
    if (this.current && now >= this.current.from && now < this.current.from + DAY_MS) return this.current.salts
    const day = dayOf(now)
    if (this.loadedFor !== day) void this.refresh(now).catch((err: unknown) => console.error(`[flywheel] loading visitor salts failed: ${err instanceof Error ? err.message : String(err)}`))
    const today = this.salts.get(day)
    if (!today) return undefined
    const salts = { today, yesterday: this.salts.get(dayOf(now - DAY_MS)) ?? null }
    if (this.loadedFor === day) this.current = { from: Date.parse(day), salts }
    return salts
  }

  /** Loads (creating when missing) yesterday's to tomorrow's salts and deletes older ones. */
  refresh(now = Date.now()): Promise<void> {
    this.loading ??= this.load(now).finally(() => (this.loading = undefined))
    return this.loading
  }

  private async load(now: number): Promise<void> {
    const payload = this.payload()
    if (!payload) return
    const days = [dayOf(now - DAY_MS), dayOf(now), dayOf(now + DAY_MS)]
    for (const day of days.slice(1)) {
      const found = await payload.find({ collection: 'visitor-salts', where: { day: { equals: day } }, limit: 1, depth: 0, overrideAccess: true })
      if (found.docs.length) continue
      // Another server may create the same day at once: the unique day keeps one, and both read it back.
      await payload.create({ collection: 'visitor-salts', data: { day, salt: randomBytes(32).toString('base64url') }, overrideAccess: true }).catch(() => undefined)
    }
    await payload.delete({ collection: 'visitor-salts', where: { day: { less_than: days[0] } }, overrideAccess: true })
    const rows = await payload.find({ collection: 'visitor-salts', where: { day: { in: days } }, depth: 0, overrideAccess: true, pagination: false })
    this.salts = new Map(rows.docs.map((d) => [d.day, d.salt]))
    this.loadedFor = dayOf(now)
  }
}
