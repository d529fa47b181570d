import React from 'react'

export type Tone = 'neutral' | 'muted' | 'success' | 'warning' | 'error'

// Payload's theme variables, so badges follow the light and dark admin themes.
const COLORS: Record<Tone, [background: string, color: string]> = {
  neutral: ['var(--theme-elevation-100)', 'var(--theme-elevation-800)'],
  muted: ['var(--theme-elevation-50)', 'var(--theme-elevation-500)'],
  success: ['var(--theme-success-100)', 'var(--theme-success-800)'],
  warning: ['var(--theme-warning-100)', 'var(--theme-warning-800)'],
  error: ['var(--theme-error-100)', 'var(--theme-error-800)'],
}

type Props = { tone: Tone; title?: string; data?: Record<`data-${string}`, string>; children: React.ReactNode }

/** A small label beside a calendar line: a channel kind or a distribution's status. */
export const Badge: React.FC<Props> = ({ tone, title, data, children }) => (
  <span title={title} {...data} style={{ background: COLORS[tone][0], color: COLORS[tone][1], borderRadius: 3, padding: '0 0.35em', fontSize: '0.8em', whiteSpace: 'nowrap' }}>
    {children}
  </span>
)
