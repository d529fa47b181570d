import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { cacheInvalidationPlugin } from './cache/plugin'
import { CONTENT_COLLECTIONS } from './content/content-collection'

type Titled = { title?: string; summary?: string; slug?: string }

export const plugins: Plugin[] = [
  // Cached published reads drop when media and taxonomy change too (content collections already have it).
  cacheInvalidationPlugin(),
  // Guides: parent/child hierarchy with breadcrumbs kept up to date by the plugin.
  nestedDocsPlugin({
    collections: ['guides'],
    generateLabel: (_, doc) => String((doc as Titled).title ?? ''),
    generateURL: (docs) => docs.reduce((url, doc) => `${url}/${(doc as Titled).slug ?? ''}`, ''),
  }),
  // SEO meta (title, description, image) on every content type; the pre-publish check requires them.
  seoPlugin({
    collections: [...CONTENT_COLLECTIONS],
    uploadsCollection: 'media',
    generateTitle: ({ doc }) => `${(doc as Titled).title ?? ''} · Flywheel`,
    generateDescription: ({ doc }) => (doc as Titled).summary ?? '',
  }),
]
