import React from 'react'

import { DistributionEntry } from './DistributionEntry'
import { isDistribution, type CalendarEntry } from './entries'
import { PublishingEntry } from './PublishingEntry'

type Props = { entry: CalendarEntry; adminRoute: string; labels: Record<string, string> }

/** One calendar line, whichever calendar it comes from. */
export const Entry: React.FC<Props> = ({ entry, adminRoute, labels }) =>
  isDistribution(entry) ? <DistributionEntry item={entry} adminRoute={adminRoute} /> : <PublishingEntry item={entry} adminRoute={adminRoute} labels={labels} />
