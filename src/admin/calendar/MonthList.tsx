import React from 'react'

import { entryKey } from './entries'
import { Entry } from './Entry'
import type { Day, Month } from './month'
import { PeriodNav } from './PeriodNav'

type Props = { month: Month; days: Day[]; adminRoute: string; labels: Record<string, string> }

/** The month as a list of days with what goes live, offline or out on each (server-rendered, no client code). */
export const MonthList: React.FC<Props> = ({ month, days, adminRoute, labels }) => (
  <div className="calendar-month">
    <PeriodNav name="Months" label={month.label} previous={`${adminRoute}/calendar?month=${month.previous}`} next={`${adminRoute}/calendar?month=${month.next}`} />
    {days.length === 0 ? (
      <p>Nothing is scheduled this month.</p>
    ) : (
      days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} style={{ marginBottom: '1.5rem' }}>
          <h3 id={`day-${day.date}`}>{day.label}</h3>
          <ul>
            {day.items.map((entry) => (
              <li key={entryKey(entry)}>
                <Entry entry={entry} adminRoute={adminRoute} labels={labels} />
              </li>
            ))}
          </ul>
        </section>
      ))
    )}
  </div>
)
