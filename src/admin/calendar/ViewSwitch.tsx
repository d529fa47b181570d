import React from 'react'

type Props = { mode: 'week' | 'month'; adminRoute: string; week: string; month: string }

/** Week | Month, keeping the period in view: links, so the view stays server-rendered. */
export const ViewSwitch: React.FC<Props> = ({ mode, adminRoute, week, month }) => (
  <nav aria-label="Calendar view" style={{ display: 'flex', gap: '1rem' }}>
    {mode === 'week' ? <strong aria-current="page">Week</strong> : <a href={`${adminRoute}/calendar?view=week&week=${week}`}>Week</a>}
    {mode === 'month' ? <strong aria-current="page">Month</strong> : <a href={`${adminRoute}/calendar?month=${month}`}>Month</a>}
  </nav>
)
