import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { parseMonth } from '../../src/admin/calendar/month'
import { MonthList } from '../../src/admin/calendar/MonthList'
import { groupByDay } from '../../src/admin/calendar/month'
import { groupByWeekday, parseWeek, weekInMonth } from '../../src/admin/calendar/week'
import { WeekGrid } from '../../src/admin/calendar/WeekGrid'
import { currentIssue, weeklyIssues, type DistributionCalendarItem } from '../../src/calendar/list-distributions'
import type { CalendarItem } from '../../src/calendar/list-scheduled'

const publish = (over: Partial<CalendarItem> = {}): CalendarItem => ({
  collection: 'articles',
  id: 1,
  title: 'Launch post',
  state: 'scheduled',
  action: 'publish',
  at: '2030-06-03T09:30:00.000Z',
  ...over,
})

const distribution = (over: Partial<DistributionCalendarItem> = {}): DistributionCalendarItem => ({
  kind: 'distribution',
  id: 7,
  title: 'June newsletter',
  status: 'scheduled',
  at: '2030-06-04T08:00:00.000Z',
  channels: [
    { id: 1, name: 'Newsletter', kind: 'email' },
    { id: 2, name: 'LinkedIn page', kind: 'social' },
    { id: 3, name: 'Partner newsletter', kind: 'email' },
  ],
  recurring: false,
  sentCount: 0,
  totalCount: 0,
  ...over,
})

describe('the admin calendar week', () => {
  it('reads ?week=YYYY-MM-DD as the UTC week, Monday to Sunday, holding that day', () => {
    expect(parseWeek('2030-06-05')).toEqual({
      key: '2030-06-03',
      label: 'June 3 – June 9, 2030',
      from: new Date('2030-06-03T00:00:00Z'),
      to: new Date('2030-06-10T00:00:00Z'),
      previous: '2030-05-27',
      next: '2030-06-10',
      month: '2030-06',
    })
    expect(parseWeek('2030-06-09').key).toBe('2030-06-03')
    expect(parseWeek('2031-01-01').label).toBe('December 30, 2030 – January 5, 2031')
  })

  it('falls back to the current week for anything that is not a real date', () => {
    const now = new Date('2031-02-13T23:30:00Z')
    for (const value of ['2030-02-30', '2030-6-5', 'next week', ['2030-06-05'], undefined]) expect(parseWeek(value, now).key, String(value)).toBe('2031-02-10')
  })

  it('switches from a month to its current week, or to the week of its first day', () => {
    expect(weekInMonth(parseMonth('2030-06'), new Date('2030-06-20T12:00:00Z'))).toBe('2030-06-17')
    expect(weekInMonth(parseMonth('2030-06'), new Date('2031-01-15T12:00:00Z'))).toBe('2030-05-27')
  })

  it('groups publishing and distribution items into seven days by UTC date, in time order, leaving out other weeks', () => {
    const days = groupByWeekday(
      [
        distribution({ id: 8, at: '2030-06-04T17:00:00.000Z' }),
        publish({ id: 2, at: '2030-06-04T08:00:00.000Z' }),
        publish({ id: 3, at: '2030-06-09T23:59:00.000Z' }),
        publish({ id: 4, at: '2030-06-10T00:00:00.000Z' }),
        distribution({ id: 9, at: '2030-06-02T23:59:59.000Z' }),
      ],
      parseWeek('2030-06-03'),
    )
    expect(days.map((d) => [d.date, d.label, d.items.map((i) => i.id)])).toEqual([
      ['2030-06-03', 'Mon 3', []],
      ['2030-06-04', 'Tue 4', [2, 8]],
      ['2030-06-05', 'Wed 5', []],
      ['2030-06-06', 'Thu 6', []],
      ['2030-06-07', 'Fri 7', []],
      ['2030-06-08', 'Sat 8', []],
      ['2030-06-09', 'Sun 9', [3]],
    ])
  })

  it('repeats a weekly digest at its local time, which moves in UTC when the zone changes to summer time', () => {
    const schedule = { mode: 'now' as const, repeat: 'weekly' as const, weekday: '1' as const, localTime: '09:00', timeZone: 'Europe/Berlin' }
    const range = { from: new Date('2030-03-01T00:00:00Z'), to: new Date('2030-04-08T00:00:00Z') }
    expect(weeklyIssues(schedule, new Date('2030-03-04T08:00:00Z'), range).map((d) => d.toISOString())).toEqual([
      '2030-03-04T08:00:00.000Z',
      '2030-03-11T08:00:00.000Z',
      '2030-03-18T08:00:00.000Z',
      '2030-03-25T08:00:00.000Z',
      '2030-04-01T07:00:00.000Z',
    ])
    // The first issue later than the range's start: nothing before it; earlier: from the range's start.
    expect(weeklyIssues(schedule, new Date('2030-03-25T08:00:00Z'), range)).toHaveLength(2)
    expect(weeklyIssues(schedule, new Date('2029-01-01T08:00:00Z'), range)).toHaveLength(5)
    expect(weeklyIssues(schedule, new Date('2030-04-08T07:00:00Z'), range)).toEqual([])
  })

  it('places a digest that is sending on the issue it is sending: its latest slot not after now', () => {
    const schedule = { mode: 'now' as const, repeat: 'weekly' as const, weekday: '1' as const, localTime: '21:00', timeZone: 'America/New_York' }
    expect(currentIssue(schedule, new Date('2030-06-05T12:00:00Z')).toISOString()).toBe('2030-06-04T01:00:00.000Z')
    expect(currentIssue(schedule, new Date('2030-06-04T01:00:00Z')).toISOString()).toBe('2030-06-04T01:00:00.000Z')
    expect(currentIssue(schedule, new Date('2030-06-04T00:59:00Z')).toISOString()).toBe('2030-05-28T01:00:00.000Z')
  })

  it('renders the week as seven columns with times, channel kinds, status and links to the distributions', () => {
    const week = parseWeek('2030-06-03')
    const html = renderToStaticMarkup(
      React.createElement(WeekGrid, {
        week,
        days: groupByWeekday([publish(), distribution({ title: 'June <newsletter>' }), distribution({ id: 8, status: 'partially-failed', recurring: true, sentCount: 3, totalCount: 5, at: '2030-06-07T07:00:00.000Z', channels: [] })], week),
        adminRoute: '/admin',
        labels: { articles: 'Articles' },
      }),
    )
    expect(html.match(/<section /g)).toHaveLength(7)
    expect(html).toContain('href="/admin/calendar?view=week&amp;week=2030-05-27"')
    expect(html).toContain('09:30</time> · Publish <a href="/admin/collections/articles/1">Launch post</a>')
    expect(html).toContain('08:00</time> · Distribution <a href="/admin/collections/distributions/7">June &lt;newsletter&gt;</a>')
    // One badge per kind, naming that kind's channels.
    expect(html.match(/data-channel-kind="email"/g)).toHaveLength(1)
    expect(html).toContain('title="Newsletter, Partner newsletter" data-channel-kind="email"')
    expect(html).toContain('data-channel-kind="social"')
    expect(html).toMatch(/data-status="scheduled"[^>]*>scheduled</)
    expect(html).toContain('07:00</time> · Weekly digest <a href="/admin/collections/distributions/8">')
    expect(html).toMatch(/data-status="partially-failed"[^>]*>partially failed<\/span><small> \(3\/5 sent\)<\/small>/)
    expect(html).not.toContain('Nothing is scheduled this week.')
  })

  it('puts distributions in the month list beside publishing', () => {
    const html = renderToStaticMarkup(
      React.createElement(MonthList, { month: parseMonth('2030-06'), days: groupByDay([distribution(), publish()]), adminRoute: '/admin', labels: {} }),
    )
    expect(html.indexOf('Launch post')).toBeLessThan(html.indexOf('June newsletter'))
    expect(html).toContain('<a href="/admin/collections/distributions/7">June newsletter</a>')
  })
})
