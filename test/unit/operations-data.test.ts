import { describe, expect, it } from 'vitest'

import { campaignStatus } from '../../src/operations/campaigns-view'
import { toCsv, type CsvColumn } from '../../src/csv/to-csv'
import { funnelOf } from '../../src/operations/layers'
import { parseOperationsQuery } from '../../src/operations/query'
import { triggerText } from '../../src/operations/recent-moves'
import { buckets, pointsOf } from '../../src/operations/series'
import { tableCsv } from '../../src/operations/tables'
import type { ContentView, OperationsQuery } from '../../src/operations/types'

const DAY = 86_400_000

describe('toCsv', () => {
  type Row = { name: string; n: number | null; note?: unknown }
  const columns: CsvColumn<Row>[] = [
    { header: 'name', value: (r) => r.name },
    { header: 'n', value: (r) => r.n },
    { header: 'note', value: (r) => r.note },
  ]

  it('writes a header and CRLF lines, quoting commas, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv(columns, [
      { name: 'plain', n: 1 },
      { name: 'a, b', n: 2.5, note: 'say "hi"' },
      { name: 'two\nlines', n: null, note: 'cr\rhere' },
    ])
    expect(csv).toBe('name,n,note\r\nplain,1,\r\n"a, b",2.5,"say ""hi"""\r\n"two\nlines",,"cr\rhere"\r\n')
  })

  it('defuses cells a spreadsheet would run as a formula, but leaves numbers alone', () => {
    const csv = toCsv(columns, [
      { name: '=SUM(A1:A9)', n: -3, note: '+1' },
      { name: '-2+3', n: 0, note: '@cmd' },
      { name: '\tTAB', n: Number.NaN, note: '=a,b' },
    ])
    expect(csv.split('\r\n')).toEqual(["name,n,note", "'=SUM(A1:A9),-3,'+1", "'-2+3,0,'@cmd", "'\tTAB,,\"'=a,b\"", ''])
  })

  it('writes only the header for no rows, and objects as JSON', () => {
    expect(toCsv(columns, [])).toBe('name,n,note\r\n')
    expect(toCsv(columns, [{ name: 'x', n: 1, note: { a: 1 } }])).toBe('name,n,note\r\nx,1,"{""a"":1}"\r\n')
  })
})

describe('parseOperationsQuery', () => {
  const bad = (input: Record<string, unknown>) => {
    try {
      parseOperationsQuery(input)
    } catch (err) {
      return { status: (err as { status: number }).status, message: (err as Error).message }
    }
    throw new Error('no error')
  }

  it('reads dates as whole UTC days, `to` included to the end of its day', () => {
    expect(parseOperationsQuery({ from: '2026-11-01', to: '2026-11-30', model: 'TIME_DECAY', interval: 'week' })).toEqual({
      from: new Date('2026-11-01T00:00:00.000Z'),
      to: new Date('2026-12-01T00:00:00.000Z'),
      model: 'TIME_DECAY',
      interval: 'week',
    })
    // The same day: that whole day.
    expect(parseOperationsQuery({ from: '2026-11-05', to: '2026-11-05' })).toMatchObject({ from: new Date('2026-11-05T00:00:00Z'), to: new Date('2026-11-06T00:00:00Z') })
  })

  it('takes ISO times as they are, and the first of repeated values', () => {
    expect(parseOperationsQuery({ from: ['2026-11-01T10:30:00Z', 'x'], to: '2026-11-02T08:00:00.000Z' })).toMatchObject({ from: new Date('2026-11-01T10:30:00Z'), to: new Date('2026-11-02T08:00:00Z') })
  })

  it('defaults to the last 30 days to the end of today, LINEAR, daily', () => {
    const q = parseOperationsQuery({})
    const endOfToday = Math.floor(Date.now() / DAY) * DAY + DAY
    expect(q).toEqual({ from: new Date(endOfToday - 30 * DAY), to: new Date(endOfToday), model: 'LINEAR', interval: 'day' })
    expect(parseOperationsQuery({ from: '', to: '', model: '', interval: '' })).toEqual(q)
    // Only a start: 30 days from it.
    expect(parseOperationsQuery({ from: '2026-01-01' })).toMatchObject({ to: new Date('2026-01-31T00:00:00Z') })
  })

  it('refuses bad input with a 400 that names the problem', () => {
    expect(bad({ model: 'BEST' })).toEqual({ status: 400, message: 'model must be one of FIRST_TOUCH, LAST_TOUCH, LAST_NON_DIRECT, LINEAR, POSITION_BASED, TIME_DECAY' })
    expect(bad({ interval: 'month' })).toEqual({ status: 400, message: 'interval must be one of day, week' })
    expect(bad({ from: '2026-02-30' }).message).toBe('from must be a date (YYYY-MM-DD) or an ISO 8601 time, e.g. 2026-11-01')
    expect(bad({ to: 'yesterday' }).message).toBe('to must be a date (YYYY-MM-DD) or an ISO 8601 time, e.g. 2026-11-01')
    expect(bad({ from: '2026-11-10', to: '2026-11-09' }).message).toBe('to must be after from')
    expect(bad({ from: '2025-01-01', to: '2026-02-05' }).message).toBe('the period may cover at most 400 days')
    // 400 days exactly is fine.
    expect(parseOperationsQuery({ from: '2025-01-01', to: '2026-02-04' }).to.getTime() - new Date('2025-01-01').getTime()).toBe(400 * DAY)
  })
})

describe('operations helpers', () => {
  const q = (from: string, to: string, interval: 'day' | 'week' = 'day'): OperationsQuery => ({ from: new Date(from), to: new Date(to), model: 'LINEAR', interval })

  it('buckets a period by day or week from the day of its start', () => {
    expect(buckets(q('2026-11-01T00:00:00Z', '2026-11-04T00:00:00Z'))).toEqual(['2026-11-01', '2026-11-02', '2026-11-03'])
    expect(buckets(q('2026-11-01T12:00:00Z', '2026-11-16T00:00:00Z', 'week'))).toEqual(['2026-11-01', '2026-11-08', '2026-11-15'])
  })

  it('puts each day into its bucket, zeros elsewhere', () => {
    const days = new Map([
      ['2026-11-02', { clicks: 2, conversions: 0.5, revenue: 10 }],
      ['2026-11-09', { clicks: 1, conversions: 1 / 3, revenue: 0.004 }],
      ['2026-11-10', { clicks: 1, conversions: 1 / 3, revenue: 0 }],
    ])
    expect(pointsOf(days, ['2026-11-01', '2026-11-08', '2026-11-15'])).toEqual([
      { date: '2026-11-01', humanClicks: 2, conversions: 0.5, revenue: 10 },
      { date: '2026-11-08', humanClicks: 2, conversions: 0.666667, revenue: 0 },
      { date: '2026-11-15', humanClicks: 0, conversions: 0, revenue: 0 },
    ])
  })

  it('counts the funnel from each non-dormant layer up, with the share of the step before', () => {
    const layers = [
      { id: 1, slug: 'dormant', name: 'Dormant', rank: 0, overrides: true },
      { id: 2, slug: 'general-value', name: 'General value', rank: 1, overrides: false },
      { id: 3, slug: 'potential-development', name: 'Potential development', rank: 2, overrides: false },
      { id: 4, slug: 'paying', name: 'Paying', rank: 4, overrides: false },
    ]
    const card = (slug: string, size: number) => ({ slug, name: slug, rank: 0, size, entered: 0, left: 0, net: 0 })
    expect(funnelOf([card('dormant', 50), card('general-value', 60), card('potential-development', 30), card('paying', 10)], layers)).toEqual([
      { slug: 'general-value', name: 'General value', contacts: 100, conversionFromPrevious: null },
      { slug: 'potential-development', name: 'Potential development', contacts: 40, conversionFromPrevious: 0.4 },
      { slug: 'paying', name: 'Paying', contacts: 10, conversionFromPrevious: 0.25 },
    ])
    expect(funnelOf([card('general-value', 0)], layers).map((s) => s.conversionFromPrevious)).toEqual([null, null, null])
  })

  it('names triggers and campaign states', () => {
    expect(triggerText({ triggerKind: 'event', triggerEvent: 'sdk_integrated' })).toBe('event sdk_integrated')
    expect(triggerText({ triggerKind: 'conversion', triggerEvent: 'lead' })).toBe('conversion lead')
    expect(triggerText({ triggerKind: 'recompute', triggerEvent: null })).toBe('recompute')
    expect(triggerText({ triggerKind: 'dormancy', triggerEvent: 'x' })).toBe('dormancy')
    const now = Date.parse('2026-11-15T00:00:00Z')
    expect(campaignStatus({ startsAt: '2026-12-01T00:00:00Z' }, now)).toBe('planned')
    expect(campaignStatus({ startsAt: '2026-11-01T00:00:00Z', endsAt: null }, now)).toBe('running')
    expect(campaignStatus({ startsAt: '2026-10-01T00:00:00Z', endsAt: '2026-11-01T00:00:00Z' }, now)).toBe('ended')
  })

  it('writes a view table as CSV, and nothing for a table the view does not have', () => {
    const view: ContentView = {
      period: { from: '', to: '', model: 'LINEAR', interval: 'day' },
      rows: [
        {
          key: 'guides:1', collection: 'guides', id: 1, title: 'A, B', workflowState: 'published', distributions: 0, humanClicks: 1, botClicks: 2, leads: 0, conversions: 0, revenue: 0, transitions: 0,
          warnings: [{ kind: 'stale', message: 'Never verified' }, { kind: 'broken-link', message: 'Broken link https://x.example' }],
        },
      ],
    }
    expect(tableCsv('content', 'content', view)!.split('\r\n')[1]).toBe('guides:1,guides,1,"A, B",published,0,1,2,0,0,0,0,Never verified; Broken link https://x.example')
    expect(tableCsv('content', 'layers', view)).toBeUndefined()
  })
})
