import type * as GraphQLModule from 'graphql'
import type { GraphQLExtension } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../../content/content-collection'

type Context = Parameters<GraphQLExtension>[1]

/** A document tagged with the collection it came from, so the union can name its type. */
export const COLLECTION = Symbol('collection')
export type TaggedDocument = Record<string, unknown> & { [COLLECTION]: ContentCollection }

export const enumName = (collection: string) => collection.replace(/-/g, '_')

/**
 * The shared GraphQL types of the developer queries, built once per schema from Payload's own types:
 *  - `ContentType`: enum of the content collections (`white_papers`, `guides`, …; value = slug);
 *  - `ContentItem`: one item of any type in a list: collection, id, slug, title, summary, url, html,
 *    status, updatedAt (summary is null for landing pages, which have none);
 *  - `ContentDocument`: union of Payload's `WhitePaper | Guide | ProductCopy | Article | LandingPage`,
 *    the full document (with `html`) for `contentBySlug`; select fields with `... on WhitePaper { }`.
 */
export const buildContentTypes = (GraphQL: typeof GraphQLModule, context: Context) => {
  const { GraphQLEnumType, GraphQLNonNull, GraphQLObjectType, GraphQLString, GraphQLInt, GraphQLUnionType } = GraphQL
  const idType = context.config.db.defaultIDType === 'number' ? GraphQLInt : GraphQLString

  const ContentType = new GraphQLEnumType({
    name: 'ContentType',
    description: 'A content collection.',
    values: Object.fromEntries(CONTENT_COLLECTIONS.map((slug) => [enumName(slug), { value: slug }])),
  })

  const ContentItem = new GraphQLObjectType({
    name: 'ContentItem',
    description: 'One published piece of content of any type, as the list queries return it.',
    fields: {
      collection: { type: new GraphQLNonNull(ContentType) },
      id: { type: new GraphQLNonNull(idType) },
      slug: { type: new GraphQLNonNull(GraphQLString) },
      title: { type: GraphQLString },
      summary: { type: GraphQLString, description: 'Null for types without a summary (landing pages).' },
      url: { type: new GraphQLNonNull(GraphQLString), description: 'Site-relative path, /<locale> first for non-default locales.' },
      html: { type: GraphQLString, description: 'Rendered body and components.' },
      status: { type: new GraphQLNonNull(GraphQLString) },
      updatedAt: { type: new GraphQLNonNull(GraphQLString) },
    },
  })

  const documentTypes = Object.fromEntries(
    CONTENT_COLLECTIONS.map((slug) => {
      const type = context.collections[slug]?.graphQL?.type
      if (!type) throw new Error(`GraphQL type of ${slug} is missing: is GraphQL disabled on it?`)
      return [slug, type]
    }),
  ) as Record<ContentCollection, GraphQLModule.GraphQLObjectType>

  const ContentDocument = new GraphQLUnionType({
    name: 'ContentDocument',
    description: 'A full content document of any type.',
    types: Object.values(documentTypes),
    resolveType: (value: TaggedDocument) => documentTypes[value[COLLECTION]].name,
  })

  return { ContentType, ContentItem, ContentDocument }
}

export type ContentTypes = ReturnType<typeof buildContentTypes>
