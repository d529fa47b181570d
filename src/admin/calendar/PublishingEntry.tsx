import React from 'react'

import type { CalendarItem } from '../../calendar/list-scheduled'
import { time } from './entries'

type Props = { item: CalendarItem; adminRoute: string; labels: Record<string, string> }

/** A scheduled publish or unpublish: its time, the action and the document, linked. */
export const PublishingEntry: React.FC<Props> = ({ item, adminRoute, labels }) => (
  <>
    <time dateTime={item.at}>{time(item.at)}</time> · {item.action === 'publish' ? 'Publish' : 'Unpublish'}{' '}
    <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>{' '}
    <small>
      ({labels[item.collection] ?? item.collection}, {item.state.replace('_', ' ')})
    </small>
  </>
)
