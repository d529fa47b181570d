import type { Endpoint } from 'payload'

import { attributionEndpoint } from '../attribution/reports/endpoint'
import { calendarEndpoint } from '../calendar/endpoint'
import { contentEndpoints } from '../content/queries/endpoints'
import { layerEndpoints } from '../growth/queries/endpoints'
import { growthEndpoints } from '../growth/team/endpoints'
import { operationsEndpoints } from '../operations/endpoints'
import { previewTokenEndpoint } from '../preview/endpoint'
import { reviewQueueEndpoint } from '../workflow/review-queue-endpoint'

/** Root-level REST endpoints under /api (calendar, content queries, …). */
export const endpoints: Endpoint[] = [
  ...contentEndpoints,
  previewTokenEndpoint,
  calendarEndpoint,
  attributionEndpoint,
  ...growthEndpoints,
  ...layerEndpoints,
  reviewQueueEndpoint,
  ...operationsEndpoints,
]
