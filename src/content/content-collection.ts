import type { CollectionConfig } from 'payload'

import { canWriteContent } from '../access/canWriteContent'
import { isAdmin } from '../access/isAdmin'
import { publishedOrTeam } from '../access/publishedOrTeam'
import { withCacheInvalidation } from '../cache/invalidate'
import { linkReportField } from '../checks/link-report-field'
import { htmlField } from '../fields/html'
import { growthAfterWorkflowStep } from '../growth/team/hooks/content-workflow'
import { withWorkflow } from '../workflow'

/** The editorial content types; each goes through the review workflow. */
export const CONTENT_COLLECTIONS = ['white-papers', 'guides', 'product-copy', 'articles', 'landing-pages'] as const
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number]

/**
 * What every content type shares: drafts and versions (diff and restore in the admin), published-only
 * reads for anonymous and API-key readers, the rendered `html` field and the editorial workflow.
 */
export const contentCollection = (config: CollectionConfig): CollectionConfig =>
  withCacheInvalidation(withWorkflow({
    ...config,
    admin: { group: 'Content', defaultColumns: ['title', 'workflowState', 'updatedAt'], useAsTitle: 'title', ...config.admin },
    access: {
      read: publishedOrTeam(config.slug),
      readVersions: canWriteContent,
      create: canWriteContent,
      update: canWriteContent,
      delete: isAdmin,
      ...config.access,
    },
    versions: { drafts: true, maxPerDoc: 50 },
    fields: [...config.fields, htmlField, linkReportField()],
    // Publishing and reviewing earn growth value (src/growth/team/hooks).
    hooks: { ...config.hooks, afterChange: [...(config.hooks?.afterChange ?? []), growthAfterWorkflowStep] },
  }))
