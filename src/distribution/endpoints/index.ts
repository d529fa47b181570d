import type { Endpoint } from 'payload'

import { approveEndpoint } from './approve'
import { cancelEndpoint } from './cancel'
import { previewEndpoint } from './preview'

/** Endpoints of the distributions collection (under /api/distributions). */
export const distributionEndpoints: Endpoint[] = [approveEndpoint, cancelEndpoint, previewEndpoint]
