import React from 'react'

import type { Period, ViewName } from '../../operations/types'
import { presetRange, viewHref, type PageQuery } from './query-string'

export const PRESET_DAYS = [7, 30, 90] as const

type Props = { view: ViewName; adminRoute: string; query: PageQuery; inputs: { from: string; to: string }; interval: Period['interval'] }

const input: React.CSSProperties = { padding: '0.25rem 0.4rem', background: 'var(--theme-elevation-0)', color: 'var(--theme-text)', border: '1px solid var(--theme-elevation-250)', borderRadius: 4 }

/**
 * The period: from/to dates and day or week buckets in a plain GET form (no client code), and the last 7, 30 or 90
 * days as links. The view and model ride along.
 */
export const PeriodPicker: React.FC<Props> = ({ view, adminRoute, query, inputs, interval }) => (
  <div style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center' }}>
    <form method="get" action={`${adminRoute}/operations`} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }} aria-label="Period">
      <input type="hidden" name="view" value={view} />
      {query.model && <input type="hidden" name="model" value={query.model} />}
      <label>
        From <input type="date" name="from" defaultValue={inputs.from} data-testid="period-from" style={input} />
      </label>
      <label>
        to <input type="date" name="to" defaultValue={inputs.to} data-testid="period-to" style={input} />
      </label>
      <label>
        by{' '}
        <select name="interval" defaultValue={interval} style={input}>
          <option value="day">day</option>
          <option value="week">week</option>
        </select>
      </label>
      <button type="submit" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }}>
        Apply
      </button>
    </form>
    <span style={{ display: 'flex', gap: '0.75rem' }}>
      {PRESET_DAYS.map((days) => (
        <a key={days} data-testid={`period-${days}`} href={viewHref(adminRoute, view, { ...query, ...presetRange(days) })}>
          Last {days} days
        </a>
      ))}
    </span>
  </div>
)
