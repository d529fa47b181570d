import type { Payload } from 'payload'

import type { OperationsUser } from './access'
import { calendarsView } from './calendars-view'
import { campaignsView } from './campaigns-view'
import { contentView } from './content-view'
import { growthView } from './growth-view'
import { overview } from './overview'
import type { OperationsQuery, ViewData, ViewName } from './types'

const VIEW_FUNCTIONS: { [V in ViewName]: (payload: Payload, query: OperationsQuery, user: OperationsUser) => Promise<ViewData[V]> } = {
  overview,
  content: contentView,
  campaigns: campaignsView,
  calendars: calendarsView,
  growth: growthView,
}

/** One view's data by name (the admin page and GET /api/operations/:view). */
export const viewData = <V extends ViewName>(payload: Payload, view: V, query: OperationsQuery, user: OperationsUser): Promise<ViewData[V]> =>
  VIEW_FUNCTIONS[view](payload, query, user) as Promise<ViewData[V]>
