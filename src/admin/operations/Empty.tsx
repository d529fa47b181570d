import React from 'react'

/** Nothing to show: `empty-<name>` with a sentence saying what to do next. */
export const Empty: React.FC<{ name: string; children: React.ReactNode }> = ({ name, children }) => (
  <p data-testid={`empty-${name}`} style={{ margin: 0, padding: '1rem', color: 'var(--theme-elevation-600)', background: 'var(--theme-elevation-50)', borderRadius: 4 }}>
    {children}
  </p>
)
