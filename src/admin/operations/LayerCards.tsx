import React from 'react'

import type { LayerCard } from '../../operations/types'
import { Empty } from './Empty'
import { formatNumber } from './format'
import { card } from './styles'

const signed = (n: number) => (n > 0 ? `+${formatNumber(n)}` : formatNumber(n))

/** One card per growth layer: contacts in it now, and who entered and left in the period. */
export const LayerCards: React.FC<{ layers: readonly LayerCard[] }> = ({ layers }) =>
  layers.length === 0 ? (
    <Empty name="layer-cards">No growth layers yet — run “Recompute layers” below to place contacts in layers.</Empty>
  ) : (
    <div data-testid="layer-cards" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: '0.75rem', marginBottom: '1.5rem' }}>
      {[...layers]
        .sort((a, b) => a.rank - b.rank)
        .map((l) => (
          <div key={l.slug} data-testid={`layer-card-${l.slug}`} style={{ ...card, padding: '0.75rem' }}>
            <div style={{ fontSize: '0.8rem', color: 'var(--theme-elevation-600)' }}>{l.name}</div>
            <div style={{ fontSize: '1.75rem', fontWeight: 600, lineHeight: 1.2 }}>{formatNumber(l.size)}</div>
            <div style={{ fontSize: '0.8rem', color: 'var(--theme-elevation-600)' }}>
              {formatNumber(l.entered)} in · {formatNumber(l.left)} out ·{' '}
              <span style={{ color: l.net > 0 ? '#10b981' : l.net < 0 ? '#ef4444' : undefined, fontWeight: 600 }}>{signed(l.net)}</span>
            </div>
          </div>
        ))}
    </div>
  )
