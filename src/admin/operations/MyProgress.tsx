import React from 'react'

import type { GrowthView } from '../../operations/types'
import { formatNumber } from './format'
import { card } from './styles'

/** The signed-in member's level, value, progress to the next level and the next privilege it unlocks. */
export const MyProgress: React.FC<{ me: GrowthView['me'] }> = ({ me }) => (
  <section data-testid="my-progress" style={{ ...card, marginBottom: '1.5rem' }} aria-label="My progress">
    <h3 style={{ margin: '0 0 0.5rem', fontSize: '1rem' }}>My progress</h3>
    {!me ? (
      <p style={{ margin: 0 }}>You have no growth record yet — approve, publish or distribute content to earn growth value.</p>
    ) : (
      <>
        <p style={{ margin: '0 0 0.5rem' }}>
          <strong style={{ fontSize: '1.5rem' }}>Level {me.level}</strong>
          {me.title ? ` · ${me.title}` : ''} · {formatNumber(me.value)} growth value · {me.medals.length} medal{me.medals.length === 1 ? '' : 's'}
        </p>
        <progress value={me.progress} max={1} aria-label="Progress to the next level" style={{ width: '100%', height: '0.9rem' }} />
        <p style={{ margin: '0.5rem 0 0', color: 'var(--theme-elevation-600)' }}>
          {me.nextLevel == null
            ? 'Top level reached.'
            : `${Math.round(me.progress * 100)}% of the way to level ${me.nextLevel} (${formatNumber(me.nextLevelValue)} value).`}{' '}
          {me.nextPrivilege ? `Next privilege: ${me.nextPrivilege.privilege.replace(/[-_]/g, ' ')} at level ${me.nextPrivilege.level}.` : 'All privileges unlocked.'}
        </p>
      </>
    )}
  </section>
)
