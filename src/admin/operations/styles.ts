/** Shared inline styles, on Payload's theme variables so the dashboard follows the light and dark admin themes. */
import type React from 'react'

export const card: React.CSSProperties = {
  background: 'var(--theme-elevation-0)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: '1rem',
  minWidth: 0,
}

/** Cards side by side, at least `min` wide each. */
export const grid = (min = 420): React.CSSProperties => ({ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${min}px, 1fr))`, gap: '1rem', alignItems: 'start', marginBottom: '1.5rem' })

export const muted: React.CSSProperties = { color: 'var(--theme-elevation-600)' }

export const sectionTitle: React.CSSProperties = { margin: '1.5rem 0 0.75rem', fontSize: '1.25rem' }
