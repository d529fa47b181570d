import React from 'react'

import { Empty } from './Empty'
import { card } from './styles'

type Props = { name: string; title: string; points: number; empty: string; children: React.ReactNode }

/** A chart's card: its title, then the chart (`chart-<name>` with `data-points`) or, with nothing to draw, what to do next. */
export const ChartFrame: React.FC<Props> = ({ name, title, points, empty, children }) => (
  <section style={card} aria-label={title}>
    <h3 style={{ margin: '0 0 0.75rem', fontSize: '1rem' }}>{title}</h3>
    {points === 0 ? (
      <Empty name={name}>{empty}</Empty>
    ) : (
      <div data-testid={`chart-${name}`} data-points={points} style={{ width: '100%', minHeight: 240 }}>
        {children}
      </div>
    )}
  </section>
)
