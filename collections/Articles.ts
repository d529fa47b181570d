import type { CollectionConfig } from 'payload'

import { contentCollection } from '../src/content/content-collection'
import { layoutField } from '../src/fields/layout'
import { slugField } from '../src/fields/slug'
import { authorsField, industriesField, productField, tagsField, targetLayersField } from '../src/fields/taxonomy'

export const ARTICLE_FORMATS = ['article', 'short-video', 'long-video', 'qa', 'open-class', 'case-study'] as const

/** Promotional articles: articles, videos, Q&A, open classes and case studies. */
export const Articles: CollectionConfig<'articles'> = contentCollection({
  slug: 'articles',
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    slugField(),
    { name: 'summary', type: 'textarea', localized: true, maxLength: 1000 },
    { name: 'body', type: 'richText', localized: true },
    layoutField(),
    { name: 'coverImage', type: 'upload', relationTo: 'media' },
    { name: 'topic', type: 'text', maxLength: 120, index: true, admin: { position: 'sidebar' } },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'article',
      options: ARTICLE_FORMATS.map((value) => ({ value, label: value.replace('-', ' ') })),
      admin: { position: 'sidebar' },
    },
    { name: 'series', type: 'text', maxLength: 120, index: true, admin: { position: 'sidebar' } },
    industriesField(),
    productField(),
    targetLayersField(),
    tagsField,
    authorsField,
  ],
}) as CollectionConfig<'articles'>
