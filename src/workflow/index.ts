import type { CollectionConfig } from 'payload'

import type { ContentCollection } from '../content/content-collection'
import { orReviewer } from './access'
import { transitionEndpoint } from './endpoint'
import { workflowFields } from './fields'
import { afterTransition } from './hooks/after-transition'
import { enforceTransition } from './hooks/enforce-transition'
import { prepareOperation } from './hooks/prepare-operation'

/**
 * Adds the editorial workflow to a content collection: the state, comment, schedule and log fields,
 * the enforcement hooks (src/workflow/hooks), POST /:id/transition, and reviewer access. Bulk edits
 * are off for API callers: every state change is one document, checked and logged.
 */
export const withWorkflow = <T extends CollectionConfig>(config: T): T => ({
  ...config,
  disableBulkEdit: true,
  access: {
    ...config.access,
    update: orReviewer(config.access?.update),
    readVersions: orReviewer(config.access?.readVersions),
  },
  fields: [...config.fields, ...workflowFields],
  endpoints: [...(config.endpoints || []), transitionEndpoint(config.slug as ContentCollection)],
  hooks: {
    ...config.hooks,
    beforeOperation: [...(config.hooks?.beforeOperation ?? []), prepareOperation],
    beforeChange: [...(config.hooks?.beforeChange ?? []), enforceTransition],
    afterChange: [...(config.hooks?.afterChange ?? []), afterTransition],
  },
})
