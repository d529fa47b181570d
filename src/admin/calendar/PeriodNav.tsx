import React from 'react'

type Props = { label: string; previous: string; next: string; name: string }

/** ← Previous, the period shown, Next →: plain links, so the view stays server-rendered. */
export const PeriodNav: React.FC<Props> = ({ label, previous, next, name }) => (
  <nav aria-label={name} style={{ display: 'flex', gap: '1rem', alignItems: 'baseline', margin: '1rem 0' }}>
    <a href={previous}>← Previous</a>
    <h2 style={{ margin: 0 }}>{label}</h2>
    <a href={next}>Next →</a>
  </nav>
)
