import { describe, expect, it } from 'vitest'

import { calendarRowKey } from '../../src/admin/operations/calendar-rows'
import { layerLines, layerSeriesRows, mergeSeries, topBy } from '../../src/admin/operations/chart-data'
import { formatDateTime, formatMoney, formatNumber, formatPercent } from '../../src/admin/operations/format'
import { buildQuery, csvHref, dateInputs, pickQuery, presetRange, viewHref } from '../../src/admin/operations/query-string'
import type { CalendarsView, LayerCard } from '../../src/operations/types'

describe('operations dashboard: formatting', () => {
  it('formats numbers, money and percents, with a dash for nothing', () => {
    expect(formatNumber(1234567.891)).toBe('1,234,567.89')
    expect(formatNumber(3)).toBe('3')
    expect(formatNumber(null)).toBe('—')
    expect(formatNumber(Number.NaN)).toBe('—')
    expect(formatMoney(1234.5)).toBe('1,234.50')
    expect(formatMoney(undefined)).toBe('—')
    expect(formatPercent(0.4567)).toBe('45.7%')
    expect(formatPercent(-0.25)).toBe('-25.0%')
    expect(formatPercent(null)).toBe('—')
    expect(formatDateTime('2026-11-29T14:05:33.000Z')).toBe('2026-11-29 14:05')
  })
})

describe('operations dashboard: links keep the query', () => {
  it('picks only the dashboard parameters, first values, no blanks', () => {
    expect(pickQuery({ view: 'content', from: ['2026-01-01', '2026-02-01'], to: '', model: ' FIRST_TOUCH ', other: 'x' })).toEqual({ from: '2026-01-01', model: 'FIRST_TOUCH' })
    expect(pickQuery(undefined)).toEqual({})
  })

  it('builds tab and CSV links with the same query', () => {
    const query = { from: '2026-01-01', to: '2026-01-31', model: 'TIME_DECAY' }
    expect(viewHref('/admin', 'growth', query)).toBe('/admin/operations?view=growth&from=2026-01-01&to=2026-01-31&model=TIME_DECAY')
    expect(csvHref('/api', 'overview', 'top-content', query)).toBe('/api/operations/overview/top-content.csv?from=2026-01-01&to=2026-01-31&model=TIME_DECAY')
    expect(csvHref('/api', 'calendars', 'calendar', {})).toBe('/api/operations/calendars/calendar.csv')
    expect(buildQuery({ a: 'x y', b: undefined, c: '' })).toBe('a=x+y')
  })

  it('presets end today (UTC) and cover the number of days asked', () => {
    expect(presetRange(7, new Date('2026-11-29T23:30:00Z'))).toEqual({ from: '2026-11-23', to: '2026-11-29' })
    expect(presetRange(30, new Date('2026-03-01T00:10:00Z'))).toEqual({ from: '2026-01-31', to: '2026-03-01' })
  })

  it('shows the exclusive end of a period as the last day it covers', () => {
    expect(dateInputs({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T00:00:00.000Z' })).toEqual({ from: '2026-11-01', to: '2026-11-29' })
  })
})

describe('operations dashboard: chart rows', () => {
  it('merges series on one sorted date axis, zero where a series has no point', () => {
    const rows = mergeSeries(
      [
        { key: 'spring', label: 'Spring', points: [{ date: '2026-11-02', humanClicks: 5, conversions: 1, revenue: 10 }] },
        {
          key: 'fall',
          label: 'Fall',
          points: [
            { date: '2026-11-03T00:00:00.000Z', humanClicks: 2, conversions: 0, revenue: 0 },
            { date: '2026-11-02', humanClicks: 7, conversions: 0, revenue: 0 },
          ],
        },
      ],
      'humanClicks',
    )
    expect(rows).toEqual([
      { date: '2026-11-02', spring: 5, fall: 7 },
      { date: '2026-11-03', spring: 0, fall: 2 },
    ])
  })

  it('draws one line per layer in rank order, plus layers only the series knows', () => {
    const card = (slug: string, rank: number): LayerCard => ({ slug, name: slug.toUpperCase(), rank, size: 0, entered: 0, left: 0, net: 0 })
    const points = [{ date: '2026-11-01', sizes: { paying: 3, 'general-value': 10, legacy: 1 } }]
    expect(layerLines([card('paying', 4), card('general-value', 1)], points).map((l) => l.key)).toEqual(['general-value', 'paying', 'legacy'])
    expect(layerSeriesRows(points)).toEqual([{ date: '2026-11-01', paying: 3, 'general-value': 10, legacy: 1 }])
  })

  it('keeps the top n by score, ties in their order', () => {
    expect(topBy([1, 5, 3, 5, 2], (n) => n, 3)).toEqual([5, 5, 3])
    expect(topBy(['a', 'bb', 'cc'], (s) => s.length, 2)).toEqual(['bb', 'cc'])
  })

  it('keys calendar rows by kind, id and time', () => {
    const items: CalendarsView['items'] = [
      { kind: 'distribution', id: 4, title: 'Weekly', status: 'scheduled', at: '2026-11-30T09:00:00.000Z', channels: [], recurring: true, sentCount: 0, totalCount: 0 } as unknown as CalendarsView['items'][number],
      { collection: 'articles', id: 7, title: 'Post', state: 'scheduled', action: 'publish', at: '2026-11-30T10:00:00.000Z' } as CalendarsView['items'][number],
    ]
    expect(items.map(calendarRowKey)).toEqual(['distribution:4:2026-11-30T09:00:00.000Z', 'publish:7:2026-11-30T10:00:00.000Z'])
  })
})
