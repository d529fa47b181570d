import React from 'react'

import { entryKey } from './entries'
import { Entry } from './Entry'
import { PeriodNav } from './PeriodNav'
import type { Week, WeekDay } from './week'

type Props = { week: Week; days: WeekDay[]; adminRoute: string; labels: Record<string, string> }

/** The week as seven columns, Monday first, each day's items by time (server-rendered, no client code). */
export const WeekGrid: React.FC<Props> = ({ week, days, adminRoute, labels }) => (
  <div className="calendar-week">
    <PeriodNav
      name="Weeks"
      label={week.label}
      previous={`${adminRoute}/calendar?view=week&week=${week.previous}`}
      next={`${adminRoute}/calendar?view=week&week=${week.next}`}
    />
    {days.every((day) => day.items.length === 0) && <p>Nothing is scheduled this week.</p>}
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: '0.5rem' }}>
      {days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} style={{ borderTop: '1px solid var(--theme-elevation-150)', minWidth: 0 }}>
          <h3 id={`day-${day.date}`} style={{ fontSize: '1rem', margin: '0.5rem 0' }}>
            {day.label}
          </h3>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, overflowWrap: 'anywhere' }}>
            {day.items.map((entry) => (
              <li key={entryKey(entry)} style={{ marginBottom: '0.75rem' }}>
                <Entry entry={entry} adminRoute={adminRoute} labels={labels} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  </div>
)
