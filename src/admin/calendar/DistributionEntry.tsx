import React from 'react'

import type { DistributionCalendarItem } from '../../calendar/list-distributions'
import type { DistributionStatus } from '../../distribution/kinds'
import { Badge, type Tone } from './Badge'
import { ChannelKinds } from './ChannelKinds'
import { time } from './entries'

const TONES: Record<DistributionStatus, Tone> = {
  draft: 'muted',
  scheduled: 'neutral',
  sending: 'warning',
  sent: 'success',
  'partially-failed': 'warning',
  failed: 'error',
  cancelled: 'muted',
}

type Props = { item: DistributionCalendarItem; adminRoute: string }

/** A distribution on the calendar: its time, channel kinds, status and progress, linked to its document. */
export const DistributionEntry: React.FC<Props> = ({ item, adminRoute }) => (
  <>
    <time dateTime={item.at}>{time(item.at)}</time> · {item.recurring ? 'Weekly digest' : 'Distribution'}{' '}
    <a href={`${adminRoute}/collections/distributions/${item.id}`}>{item.title}</a> <ChannelKinds channels={item.channels} />
    <Badge tone={TONES[item.status] ?? 'neutral'} data={{ 'data-status': item.status }}>
      {item.status.replace('-', ' ')}
    </Badge>
    {item.totalCount > 0 && (
      <small>
        {' '}
        ({item.sentCount}/{item.totalCount} sent)
      </small>
    )}
  </>
)
