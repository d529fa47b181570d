import React from 'react'

import type { DistributionCalendarItem } from '../../calendar/list-distributions'
import type { ChannelKind } from '../../distribution/kinds'
import { Badge } from './Badge'

const LABELS: Record<ChannelKind, string> = { email: 'Email', webhook: 'Webhook', feed: 'Feed', social: 'Social', conference: 'Conference' }

/** One badge per kind of channel a distribution goes to, naming its channels on hover. */
export const ChannelKinds: React.FC<{ channels: DistributionCalendarItem['channels'] }> = ({ channels }) => {
  const kinds = [...new Set(channels.map((c) => c.kind))]
  return (
    <>
      {kinds.map((kind) => (
        <React.Fragment key={kind}>
          <Badge tone="neutral" title={channels.filter((c) => c.kind === kind).map((c) => c.name).join(', ')} data={{ 'data-channel-kind': kind }}>
            {LABELS[kind] ?? kind}
          </Badge>{' '}
        </React.Fragment>
      ))}
    </>
  )
}
