import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'

import type { ClickRow } from '../../src/attribution/clicks/click-row'
import { clientIp } from '../../src/attribution/clicks/client-ip'
import { ScannerBursts } from '../../src/attribution/clicks/scanner-bursts'
import { DailySalts } from '../../src/attribution/visitors/daily-salts'
import { VisitorIds } from '../../src/attribution/visitors/visitor-ids'

const DAY = 86_400_000
const MIDNIGHT = Date.parse('2026-11-30T00:00:00.000Z')

/** Salts for three days around MIDNIGHT, as the `visitor-salts` table would hold them. */
const saltsPayload = () => {
  const rows = [
    { day: '2026-11-28', salt: 'salt-28' },
    { day: '2026-11-29', salt: 'salt-29' },
    { day: '2026-11-30', salt: 'salt-30' },
    { day: '2026-12-01', salt: 'salt-01' },
  ]
  return { find: async () => ({ docs: rows }), create: async () => ({}), delete: async () => ({ docs: [] }) } as unknown as Payload
}

const loaded = async (at: number) => {
  const salts = new DailySalts(() => saltsPayload())
  await salts.refresh(at)
  return salts
}

describe('anonymous visitor ids', () => {
  it('are the same for one browser on one site and day, and differ across sites, browsers and days', async () => {
    const noon = MIDNIGHT - 12 * 3600_000
    const ids = new VisitorIds(await loaded(noon))
    const a = ids.idFor('203.0.113.9', 'Firefox', 'example.com', noon)
    expect(a).toMatch(/^[\w-]{22}$/)
    expect(a).not.toContain('203.0.113.9')
    expect(ids.idFor('203.0.113.9', 'Firefox', 'example.com', noon + 3600_000)).toBe(a)
    expect(ids.idFor('203.0.113.9', 'Chrome', 'example.com', noon)).not.toBe(a)
    expect(ids.idFor('203.0.113.9', 'Firefox', 'other.example', noon)).not.toBe(a)
    expect(ids.idFor('203.0.113.10', 'Firefox', 'example.com', noon)).not.toBe(a)
    // Another server with the same salts computes the same id.
    expect(new VisitorIds(await loaded(noon)).idFor('203.0.113.9', 'Firefox', 'example.com', noon)).toBe(a)
  })

  it('keeps a visit that crosses midnight as one visitor, and starts a new id for a new visit the next day', async () => {
    const salts = await loaded(MIDNIGHT - 60_000)
    const ids = new VisitorIds(salts)
    const before = ids.idFor('198.51.100.7', 'Safari', 'example.com', MIDNIGHT - 60_000)
    await salts.refresh(MIDNIGHT + 60_000)
    expect(ids.idFor('198.51.100.7', 'Safari', 'example.com', MIDNIGHT + 60_000)).toBe(before)
    // Someone else first seen after midnight gets today's id; so does anyone after 30 minutes idle.
    const other = new VisitorIds(salts)
    expect(other.idFor('198.51.100.7', 'Safari', 'example.com', MIDNIGHT + 60_000)).not.toBe(before)
    expect(ids.idFor('198.51.100.7', 'Safari', 'example.com', MIDNIGHT + DAY / 2)).not.toBe(before)
  })

  it('answers null until the salts are loaded, without waiting for the database', () => {
    expect(new VisitorIds(new DailySalts(() => undefined)).idFor('1.2.3.4', 'x', 'example.com')).toBeNull()
  })
})

describe('client address', () => {
  const req = (remoteAddress: string, xff?: string) => ({ socket: { remoteAddress }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as never
  it('takes the entry a local proxy added, never what a client claims', () => {
    expect(clientIp(req('127.0.0.1', '10.0.0.1, 203.0.113.5'))).toBe('203.0.113.5')
    expect(clientIp(req('203.0.113.5', '10.0.0.1'))).toBe('203.0.113.5')
    expect(clientIp(req('::ffff:127.0.0.1'))).toBe('::ffff:127.0.0.1')
  })
})

describe('email-scanner bursts', () => {
  let n = 0
  const click = (linkId: number, visitorId: string | null = 'v1'): ClickRow => ({
    clickId: `c${n++}`, at: new Date().toISOString(), linkId, code: `l${linkId}`, campaignKey: null, channel: 'newsletter', contentType: null, contentId: null,
    human: true, botReason: null, referrer: null, userAgent: 'Mozilla/5.0', visitorId, channelGroup: 'Email', deliveryId: null,
  })

  it('flags three different links opened by one visitor within seconds, including the earlier two', () => {
    const bursts = new ScannerBursts(5000, 3)
    const [a, b, c] = [click(1), click(2), click(3)]
    expect(bursts.check(a, 1000)).toEqual([])
    expect(bursts.check(b, 1500)).toEqual([])
    expect(a.human && b.human).toBe(true)
    expect(bursts.check(c, 2000)).toEqual([a, b])
    expect([a, b, c].map((r) => [r.human, r.botReason])).toEqual([[false, 'scanner'], [false, 'scanner'], [false, 'scanner']])
    // Its next click inside the window is the scanner's too.
    const d = click(1)
    expect(bursts.check(d, 3000)).toEqual([])
    expect(d.botReason).toBe('scanner')
  })

  it('leaves people alone: the same link twice, links minutes apart, and different visitors', () => {
    const bursts = new ScannerBursts(5000, 3)
    const rows = [click(1), click(1), click(2)]
    rows.forEach((r, i) => bursts.check(r, 1000 + i * 100))
    const slow = [click(3, 'v2'), click(4, 'v2'), click(5, 'v2')]
    slow.forEach((r, i) => bursts.check(r, 1000 + i * 60_000))
    const many = [click(6, 'v3'), click(7, 'v4'), click(8, 'v5'), click(9, null)]
    many.forEach((r) => bursts.check(r, 1000))
    expect([...rows, ...slow, ...many].every((r) => r.human)).toBe(true)
  })
})
