import React from 'react'

import type { Day, Month } from './month'

type Props = { month: Month; days: Day[]; adminRoute: string; labels: Record<string, string> }

const time = (iso: string) => iso.slice(11, 16)

/** The month as a list of days with what goes live or offline on each (server-rendered, no client code). */
export const MonthList: React.FC<Props> = ({ month, days, adminRoute, labels }) => (
  <div className="publishing-calendar">
    <h1>Publishing calendar</h1>
    <nav aria-label="Months" style={{ display: 'flex', gap: '1rem', alignItems: 'baseline', margin: '1rem 0' }}>
      <a href={`${adminRoute}/calendar?month=${month.previous}`}>← Previous</a>
      <h2 style={{ margin: 0 }}>{month.label}</h2>
      <a href={`${adminRoute}/calendar?month=${month.next}`}>Next →</a>
    </nav>
    <p>Times are UTC. Scheduling is a workflow step: approve a document, then move it to Scheduled with a publish time.</p>
    {days.length === 0 ? (
      <p>Nothing is scheduled this month.</p>
    ) : (
      days.map((day) => (
        <section key={day.date} aria-labelledby={`day-${day.date}`} style={{ marginBottom: '1.5rem' }}>
          <h3 id={`day-${day.date}`}>{day.label}</h3>
          <ul>
            {day.items.map((item) => (
              <li key={`${item.collection}-${item.id}-${item.action}`}>
                <time dateTime={item.at}>{time(item.at)}</time> · {item.action === 'publish' ? 'Publish' : 'Unpublish'}{' '}
                <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
                <small>
                  ({labels[item.collection] ?? item.collection}, {item.state.replace('_', ' ')})
                </small>
              </li>
            ))}
          </ul>
        </section>
      ))
    )}
  </div>
)
