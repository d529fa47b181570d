import React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { groupByDay, parseMonth } from '../../src/admin/calendar/month'
import { MonthList } from '../../src/admin/calendar/MonthList'
import type { CalendarItem } from '../../src/calendar/list-scheduled'

const item = (over: Partial<CalendarItem>): CalendarItem => ({
  collection: 'articles',
  id: 1,
  title: 'Launch post',
  state: 'scheduled',
  action: 'publish',
  at: '2030-06-03T09:30:00.000Z',
  ...over,
})

describe('the admin publishing calendar', () => {
  it('reads ?month=YYYY-MM as that UTC month and falls back to the current one', () => {
    expect(parseMonth('2030-12')).toMatchObject({
      key: '2030-12',
      label: 'December 2030',
      from: new Date('2030-12-01T00:00:00Z'),
      to: new Date('2031-01-01T00:00:00Z'),
      previous: '2030-11',
      next: '2031-01',
    })
    const now = new Date('2031-02-15T12:00:00Z')
    expect(parseMonth('2030-13', now).key).toBe('2031-02')
    expect(parseMonth(['2030-01'], now).key).toBe('2031-02')
  })

  it('groups items by day in time order', () => {
    const days = groupByDay([
      item({ id: 2, at: '2030-06-04T08:00:00.000Z' }),
      item({ id: 1, action: 'unpublish', at: '2030-06-03T17:00:00.000Z' }),
      item({ id: 3, at: '2030-06-03T09:30:00.000Z' }),
    ])
    expect(days.map((d) => [d.date, d.items.map((i) => i.id)])).toEqual([
      ['2030-06-03', [3, 1]],
      ['2030-06-04', [2]],
    ])
    expect(days[0].label).toBe('Monday, June 3')
  })

  it('renders each day with times, actions and links to the documents', () => {
    const html = renderToStaticMarkup(
      React.createElement(MonthList, {
        month: parseMonth('2030-06'),
        days: groupByDay([item({ title: 'Launch <post>' }), item({ collection: 'guides', id: 9, action: 'unpublish', at: '2030-06-20T00:00:00.000Z' })]),
        adminRoute: '/admin',
        labels: { articles: 'Articles', guides: 'Guides' },
      }),
    )
    expect(html).toContain('June 2030')
    expect(html).toContain('href="/admin/calendar?month=2030-05"')
    expect(html).toContain('09:30</time> · Publish <a href="/admin/collections/articles/1">Launch &lt;post&gt;</a>')
    expect(html).toContain('Unpublish <a href="/admin/collections/guides/9">')
    expect(renderToStaticMarkup(React.createElement(MonthList, { month: parseMonth('2030-07'), days: [], adminRoute: '/admin', labels: {} }))).toContain(
      'Nothing is scheduled this month.',
    )
  })
})
