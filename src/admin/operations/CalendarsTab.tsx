import React from 'react'

import type { CalendarsView } from '../../operations/types'
import { Entry } from '../calendar/Entry'
import { entryKey, isDistribution } from '../calendar/entries'
import { groupByDay } from '../calendar/month'
import { calendarKind, calendarRowKey, sortedItems } from './calendar-rows'
import { DataTable } from './DataTable'
import { formatDateTime } from './format'
import { card, muted } from './styles'
import { csvFor, type TabContext } from './tab-props'

type Props = { data: CalendarsView; ctx: TabContext; labels: Record<string, string> }

/** Publishing and distributions in the period in one list, by day (the calendar's own lines), and as a table. */
export const CalendarsTab: React.FC<Props> = ({ data, ctx, labels }) => {
  const items = sortedItems(data.items)
  const days = groupByDay(items)
  const month = data.month ?? data.period?.from?.slice(0, 7)
  return (
    <>
      <p style={{ ...muted, margin: '1rem 0' }}>
        Times are UTC. Publishes and unpublishes come from content workflows; distributions once saved as scheduled.{' '}
        <a href={`${ctx.adminRoute}/calendar${month ? `?month=${month}` : ''}`}>Open the month in the calendar →</a>
      </p>
      {days.length > 0 && (
        <section style={{ ...card, marginBottom: '1.5rem' }} aria-label="By day">
          <h3 style={{ margin: '0 0 0.75rem', fontSize: '1rem' }}>By day</h3>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))', gap: '0.5rem 1.5rem' }}>
            {days.map((day) => (
              <section key={day.date} aria-labelledby={`ops-day-${day.date}`} style={{ minWidth: 0 }}>
                <h4 id={`ops-day-${day.date}`} style={{ margin: '0 0 0.25rem', fontSize: '0.95rem' }}>
                  {day.label}
                </h4>
                <ul style={{ margin: 0, paddingLeft: '1.25rem', overflowWrap: 'anywhere' }}>
                  {day.items.map((entry) => (
                    <li key={entryKey(entry)}>
                      <Entry entry={entry} adminRoute={ctx.adminRoute} labels={labels} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        </section>
      )}
      <DataTable
        name="calendar"
        title="Calendar"
        rows={items}
        rowKey={calendarRowKey}
        csv={csvFor('calendars', ctx)('calendar')}
        limit={200}
        empty="Nothing is scheduled in this period — schedule content in its workflow or a distribution under Distributions."
        columns={[
          { label: 'When (UTC)', value: (e) => formatDateTime(e.at) },
          { label: 'Kind', value: calendarKind },
          { label: 'Title', value: (e) => e.title },
          { label: 'Where', value: (e) => (isDistribution(e) ? e.channels.map((c) => c.name).join(', ') : (labels[e.collection] ?? e.collection)) },
          { label: 'Status', value: (e) => (isDistribution(e) ? e.status : e.state.replace('_', ' ')) },
          { label: 'Sent', value: (e) => (isDistribution(e) && e.totalCount > 0 ? `${e.sentCount}/${e.totalCount}` : '') },
        ]}
      />
    </>
  )
}
