import { createHash } from 'node:crypto'

import { TtlCache } from '../ttl-cache'
import type { DailySalts } from './daily-salts'

const VISIT_MS = 30 * 60 * 1000

const hash = (salt: string, ip: string, userAgent: string, site: string) =>
  createHash('sha256').update(`${salt}\u0000${ip}\u0000${userAgent}\u0000${site}`).digest('base64url').slice(0, 22)

/**
 * Anonymous visitor ids without storing an IP address: a hash of (the day's salt, IP, user agent,
 * site), as Plausible does. A visitor seen in the last 30 minutes under yesterday's salt keeps that
 * id, so a visit crossing midnight stays one visitor (per server: each remembers its own recent ids).
 */
export class VisitorIds {
  private readonly recent = new TtlCache<string, true>(VISIT_MS, 200_000)

  constructor(private readonly salts: DailySalts) {}

  /** The visitor id, or null while the salts are not loaded yet (the first request after start). */
  idFor(ip: string, userAgent: string, site: string, now = Date.now()): string | null {
    const salts = this.salts.peek(now)
    if (!salts) return null
    if (salts.yesterday && now % 86_400_000 < VISIT_MS) {
      const before = hash(salts.yesterday, ip, userAgent, site)
      if (this.recent.peek(before)) return this.remember(before)
    }
    return this.remember(hash(salts.today, ip, userAgent, site))
  }

  private remember(id: string): string {
    this.recent.set(id, true)
    return id
  }
}
