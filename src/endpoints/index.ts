import type { Endpoint } from 'payload'

import { attributionEndpoint } from '../attribution/reports/endpoint'
import { calendarEndpoint } from '../calendar/endpoint'
import { contentEndpoints } from '../content/queries/endpoints'
import { previewTokenEndpoint } from '../preview/endpoint'

/** Root-level REST endpoints under /api (calendar, content queries, …). */
export const endpoints: Endpoint[] = [
  ...contentEndpoints,
  previewTokenEndpoint,
  calendarEndpoint,
  attributionEndpoint,
]
