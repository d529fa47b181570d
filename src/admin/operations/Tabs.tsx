import React from 'react'

import { VIEWS, type ViewName } from '../../operations/types'
import { viewHref, type PageQuery } from './query-string'

export const VIEW_LABELS: Record<ViewName, string> = {
  overview: 'Overview',
  content: 'Content',
  campaigns: 'Campaigns & channels',
  calendars: 'Calendars',
  growth: 'Team growth',
}

type Props = { active: ViewName; adminRoute: string; query: PageQuery }

/** The five views as links keeping the period and model; the active one is marked `aria-current="page"`. */
export const Tabs: React.FC<Props> = ({ active, adminRoute, query }) => (
  <nav aria-label="Operations views" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem', borderBottom: '1px solid var(--theme-elevation-150)', margin: '1rem 0' }}>
    {VIEWS.map((view) => {
      const current = view === active
      return (
        <a
          key={view}
          data-testid={`ops-tab-${view}`}
          href={viewHref(adminRoute, view, query)}
          aria-current={current ? 'page' : undefined}
          style={{
            padding: '0.5rem 0.9rem',
            textDecoration: 'none',
            color: current ? 'var(--theme-text)' : 'var(--theme-elevation-600)',
            fontWeight: current ? 600 : 400,
            borderBottom: current ? '3px solid var(--theme-success-500, #3b82f6)' : '3px solid transparent',
            marginBottom: -1,
          }}
        >
          {VIEW_LABELS[view]}
        </a>
      )
    })}
  </nav>
)
