import { describe, expect, it } from 'vitest'

import { isValidTimeZone, nextLocalTime } from '../../src/distribution/schedule/local-time'

const next = (after: string, timeZone: string, hour: number, minute: number, weekday?: number) =>
  nextLocalTime({ after: new Date(after), timeZone, hour, minute, weekday }).toISOString()

describe('nextLocalTime, daily', () => {
  it.each([
    // zone, after (UTC), local time, expected (UTC)
    ['Europe/Berlin', '2026-01-15T12:00:00Z', [9, 0], '2026-01-16T08:00:00.000Z'], // CET, +01:00, passed today
    ['Europe/Berlin', '2026-01-15T12:00:00Z', [14, 0], '2026-01-15T13:00:00.000Z'], // still ahead today
    ['Europe/Berlin', '2026-07-01T05:00:00Z', [9, 0], '2026-07-01T07:00:00.000Z'], // CEST, +02:00
    ['America/New_York', '2026-01-15T12:00:00Z', [9, 0], '2026-01-15T14:00:00.000Z'], // EST, -05:00
    ['America/New_York', '2026-07-01T12:00:00Z', [9, 0], '2026-07-01T13:00:00.000Z'], // EDT, -04:00
    ['America/New_York', '2026-01-16T03:00:00Z', [23, 30], '2026-01-16T04:30:00.000Z'], // local date behind UTC's
    ['Asia/Shanghai', '2026-03-08T00:00:00Z', [7, 30], '2026-03-08T23:30:00.000Z'], // +08:00
    ['Asia/Shanghai', '2026-03-07T20:00:00Z', [7, 30], '2026-03-07T23:30:00.000Z'], // local date ahead of UTC's
    ['Asia/Shanghai', '2026-12-31T12:00:00Z', [7, 0], '2026-12-31T23:00:00.000Z'], // into the next year
    ['Asia/Kolkata', '2026-03-08T00:00:00Z', [9, 0], '2026-03-08T03:30:00.000Z'], // +05:30
    ['Asia/Kolkata', '2026-03-08T00:00:00Z', [5, 15], '2026-03-08T23:45:00.000Z'],
    ['Pacific/Chatham', '2026-07-01T00:00:00Z', [9, 0], '2026-07-01T20:15:00.000Z'], // +12:45 in winter
    ['Pacific/Chatham', '2026-01-15T00:00:00Z', [9, 0], '2026-01-15T19:15:00.000Z'], // +13:45 in summer
  ] as const)('%s after %s at %j → %s', (zone, after, [hour, minute], expected) => {
    expect(next(after, zone, hour, minute)).toBe(expected)
  })

  it('moves to the next day when `after` is exactly the target time', () => {
    expect(next('2026-01-15T08:00:00.000Z', 'Europe/Berlin', 9, 0)).toBe('2026-01-16T08:00:00.000Z')
    expect(next('2026-01-15T07:59:59.999Z', 'Europe/Berlin', 9, 0)).toBe('2026-01-15T08:00:00.000Z')
    expect(next('2026-03-08T03:30:00.000Z', 'Asia/Kolkata', 9, 0)).toBe('2026-03-09T03:30:00.000Z')
  })
})

describe('nextLocalTime across the 2026 DST transitions', () => {
  it('moves a time in the spring-forward gap to the first valid instant (Berlin, 29 March)', () => {
    // 02:00 CET jumps to 03:00 CEST at 01:00 UTC; 02:30 does not exist that night.
    expect(next('2026-03-28T23:00:00Z', 'Europe/Berlin', 2, 30)).toBe('2026-03-29T01:00:00.000Z')
    expect(next('2026-03-28T02:00:00Z', 'Europe/Berlin', 2, 30)).toBe('2026-03-29T01:00:00.000Z')
    expect(next('2026-03-29T01:00:00Z', 'Europe/Berlin', 2, 30)).toBe('2026-03-30T00:30:00.000Z')
    expect(next('2026-03-28T23:00:00Z', 'Europe/Berlin', 9, 0)).toBe('2026-03-29T07:00:00.000Z')
    expect(next('2026-03-28T23:00:00Z', 'Europe/Berlin', 1, 59)).toBe('2026-03-29T00:59:00.000Z')
  })

  it('picks the first occurrence of an ambiguous fall-back time, once (Berlin, 25 October)', () => {
    // 03:00 CEST goes back to 02:00 CET at 01:00 UTC; 02:30 happens at 00:30 and again at 01:30 UTC.
    expect(next('2026-10-24T23:00:00Z', 'Europe/Berlin', 2, 30)).toBe('2026-10-25T00:30:00.000Z')
    expect(next('2026-10-25T00:30:00Z', 'Europe/Berlin', 2, 30)).toBe('2026-10-26T01:30:00.000Z')
    expect(next('2026-10-24T23:00:00Z', 'Europe/Berlin', 9, 0)).toBe('2026-10-25T08:00:00.000Z')
  })

  it('handles both transitions in New York (8 March, 1 November)', () => {
    expect(next('2026-03-08T05:00:00Z', 'America/New_York', 2, 30)).toBe('2026-03-08T07:00:00.000Z')
    expect(next('2026-03-08T05:00:00Z', 'America/New_York', 9, 0)).toBe('2026-03-08T13:00:00.000Z')
    expect(next('2026-11-01T04:00:00Z', 'America/New_York', 1, 30)).toBe('2026-11-01T05:30:00.000Z')
    expect(next('2026-11-01T05:30:00Z', 'America/New_York', 1, 30)).toBe('2026-11-02T06:30:00.000Z')
  })

  it('handles Chatham, whose clocks change at 02:45 and 03:45', () => {
    // 5 April: 03:45 +13:45 goes back to 02:45 +12:45 (14:00 UTC); 03:00 happens twice.
    expect(next('2026-04-04T12:00:00Z', 'Pacific/Chatham', 3, 0)).toBe('2026-04-04T13:15:00.000Z')
    // 27 September: 02:45 +12:45 jumps to 03:45 +13:45 (14:00 UTC); 03:00 does not exist.
    expect(next('2026-09-26T12:00:00Z', 'Pacific/Chatham', 3, 0)).toBe('2026-09-26T14:00:00.000Z')
  })
})

describe('nextLocalTime, weekly', () => {
  const MONDAY = 1

  it.each([
    ['from a Wednesday', '2026-03-04T10:00:00Z', '2026-03-09T08:00:00.000Z'],
    ['from Monday, just before', '2026-03-09T07:59:00Z', '2026-03-09T08:00:00.000Z'],
    ['from Monday, exactly at the time', '2026-03-09T08:00:00Z', '2026-03-16T08:00:00.000Z'],
    ['from Monday, after the time', '2026-03-09T12:00:00Z', '2026-03-16T08:00:00.000Z'],
    ['over the spring-forward weekend', '2026-03-27T12:00:00Z', '2026-03-30T07:00:00.000Z'],
  ])('next Monday 09:00 in Berlin %s', (_, after, expected) => {
    expect(next(after, 'Europe/Berlin', 9, 0, MONDAY)).toBe(expected)
  })

  it("uses the recipient's weekday, not UTC's", () => {
    // Monday 01:00 in Kolkata is Sunday 19:30 UTC.
    expect(next('2026-03-08T00:00:00Z', 'Asia/Kolkata', 1, 0, MONDAY)).toBe('2026-03-08T19:30:00.000Z')
    expect(new Date('2026-03-08T19:30:00Z').getUTCDay()).toBe(0)
  })

  it('resolves a weekly time in the gap too (Sunday 02:30 in New York on 8 March)', () => {
    expect(next('2026-03-02T00:00:00Z', 'America/New_York', 2, 30, 0)).toBe('2026-03-08T07:00:00.000Z')
  })
})

describe('nextLocalTime over a whole year', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Asia/Kolkata', 'Pacific/Chatham']
  it.each(zones)('always lands on 09:15 local, within a day after `after` (%s)', (timeZone) => {
    const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    for (let day = 0; day < 365; day++) {
      // A different time of day each day, so every hour is exercised across the year.
      const after = new Date(Date.UTC(2026, 0, 1) + day * 86_400_000 + ((day * 7919) % 86_400) * 1000)
      const result = nextLocalTime({ after, timeZone, hour: 9, minute: 15 })
      expect(clock.format(result)).toBe('09:15')
      expect(result.getTime()).toBeGreaterThan(after.getTime())
      expect(result.getTime() - after.getTime()).toBeLessThanOrEqual(25 * 3_600_000)
    }
  })
})

describe('validation', () => {
  it.each([
    ['an unknown zone', { timeZone: 'Mars/Olympus_Mons' }],
    ['an offset instead of a zone', { timeZone: '+05:30' }],
    ['hour 24', { hour: 24 }],
    ['a fractional hour', { hour: 9.5 }],
    ['minute 60', { minute: 60 }],
    ['weekday 7', { weekday: 7 }],
    ['an invalid date', { after: new Date('nope') }],
  ])('refuses %s', (_, override) => {
    expect(() =>
      nextLocalTime({ after: new Date('2026-01-01T00:00:00Z'), timeZone: 'UTC', hour: 9, minute: 0, ...override }),
    ).toThrow(RangeError)
  })

  it.each([
    ['Europe/Berlin', true],
    ['Asia/Kolkata', true],
    ['Pacific/Chatham', true],
    ['UTC', true],
    ['america/new_york', true],
    ['Mars/Olympus_Mons', false],
    ['', false],
    ['+05:30', false],
    ['-04:00', false],
  ])('isValidTimeZone(%j) is %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid)
  })
})
