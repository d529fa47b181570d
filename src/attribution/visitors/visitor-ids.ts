import { createHash } from 'node:crypto'

import { TtlCache } from '../ttl-cache'
import type { DailySalts } from './daily-salts'

const VISIT_MS = 30 * 60 * 1000
const DAY_MS = 86_400_000

const hash = (salt: string, ip: string, userAgent: string, site: string) =>
  createHash('sha256').update(`${salt}\u0000${ip}\u0000${userAgent}\u0000${site}`).digest('base64url').slice(0, 22)

/**
 * Anonymous visitor ids without storing an IP address: a hash of (the day's salt, IP, user agent,
 * site), as Plausible does. A visitor seen in the last 30 minutes before midnight keeps yesterday's id
 * for 30 minutes after it, so a visit crossing midnight stays one visitor (per server: each remembers
 * its own recent ids). Ids are memoized per browser for the day: the redirect hashes once per visitor.
 */
export class VisitorIds {
  private readonly recent = new TtlCache<string, true>(VISIT_MS, 200_000)
  private readonly known = new Map<string, { salt: string; id: string }>()

  constructor(private readonly salts: DailySalts) {}

  /** The visitor id, or null while the salts are not loaded yet (the first request after start). */
  idFor(ip: string, userAgent: string, site: string, now = Date.now()): string | null {
    const salts = this.salts.peek(now)
    if (!salts) return null
    const timeOfDay = now % DAY_MS
    if (salts.yesterday && timeOfDay < VISIT_MS) {
      const before = hash(salts.yesterday, ip, userAgent, site)
      if (this.recent.peek(before)) return this.recent.set(before, true) && before
    }
    const key = `${ip}\u0000${userAgent}\u0000${site}`
    let known = this.known.get(key)
    if (known?.salt !== salts.today) {
      if (this.known.size >= 100_000) this.known.clear()
      this.known.set(key, (known = { salt: salts.today, id: hash(salts.today, ip, userAgent, site) }))
    }
    if (timeOfDay > DAY_MS - VISIT_MS) this.recent.set(known.id, true)
    return known.id
  }
}
