import type * as GraphQLModule from 'graphql'
import { isolateObjectProperty, type GraphQLExtension, type PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { ContentCollection } from '../../content/content-collection'
import { contentByIndustry } from '../../content/queries/by-industry'
import { contentByProduct } from '../../content/queries/by-product'
import { contentBySlug } from '../../content/queries/by-slug'
import { contentByTag } from '../../content/queries/by-tag'
import { contentForLayer } from '../../content/queries/for-layer'
import {
  byIndustryInput,
  byProductInput,
  bySlugInput,
  byTagInput,
  DEFAULT_LIMIT,
  forLayerInput,
  parseInput,
  searchInput,
} from '../../content/queries/schemas'
import { searchContent } from '../../content/queries/search'
import { givenArgs } from '../given-args'
import { selectsField } from '../selects-field'
import { buildContentTypes, COLLECTION, type TaggedDocument } from '../types/content'

type Context = Parameters<GraphQLExtension>[1]
type Args = Record<string, unknown>

/** Like Payload's own resolvers: a request of our own whose locale the `locale` argument sets. */
const requestFor = (context: { req: PayloadRequest }, args: Args): PayloadRequest => {
  const req = isolateObjectProperty(context.req, ['locale', 'fallbackLocale', 'transactionID'])
  if (typeof args.locale === 'string') req.locale = args.locale as PayloadRequest['locale']
  return req
}

/**
 * The developer queries (REST twins: src/content/queries/endpoints.ts):
 *   contentBySlug(type: ContentType!, slug: String!, locale, draft): ContentDocument
 *   contentByIndustry(industry: String!, type, locale, limit = 10): [ContentItem!]!
 *   contentByProduct(product: String!, type, locale, limit = 10): [ContentItem!]!
 *   contentByTag(tag: String!, type, locale, limit = 10): [ContentItem!]!
 *   contentForLayer(layer: String, email: String, accountDomain: String, industry: String, locale, limit = 10): [ContentItem!]!
 *   searchContent(q: String!, type, locale, limit = 10): [ContentItem!]!
 * https://payloadcms.com/docs/graphql/extending
 */
export const contentQueries = (GraphQL: typeof GraphQLModule, context: Context) => {
  const { GraphQLBoolean, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLString } = GraphQL
  const { ContentType, ContentItem, ContentDocument } = buildContentTypes(GraphQL, context)
  const Locale = context.types.localeInputType ?? GraphQLString
  const items = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(ContentItem)))
  const listArgs = {
    type: { type: ContentType },
    locale: { type: Locale },
    limit: { type: GraphQLInt, defaultValue: DEFAULT_LIMIT, description: 'At most 100.' },
  }
  // Payload's complexity rule counts a list once; a list of `limit` items costs `limit` times its fields.
  const perItem = { complexity: ({ args, childComplexity }: { args: Args; childComplexity: number }) => 1 + childComplexity * (Number(args.limit) || DEFAULT_LIMIT) }

  const list =
    <S extends z.ZodType>(schema: S, run: (req: PayloadRequest, input: z.infer<S>, opts: { html: boolean }) => Promise<unknown>) =>
    async (_: unknown, args: Args, ctx: { req: PayloadRequest }, info: GraphQLModule.GraphQLResolveInfo) =>
      run(requestFor(ctx, args), parseInput(schema, givenArgs(args)), { html: selectsField(info, 'html') })

  return {
    contentBySlug: {
      type: ContentDocument,
      description: 'One document by type and slug, with its rendered html. `draft: true` (default with X-Preview-Token) reads the latest draft for team members and preview tokens.',
      args: {
        type: { type: new GraphQLNonNull(ContentType) },
        slug: { type: new GraphQLNonNull(GraphQLString) },
        locale: { type: Locale },
        draft: { type: GraphQLBoolean },
      },
      resolve: async (_: unknown, args: Args, ctx: { req: PayloadRequest }): Promise<TaggedDocument> => {
        const input = parseInput(bySlugInput, { ...givenArgs(args), depth: 0 })
        // depth 0: Payload's own field resolvers populate relationships the query selects.
        const doc = (await contentBySlug(requestFor(ctx, args), input)) as unknown as Record<string, unknown>
        return Object.assign(doc, { [COLLECTION]: input.type as ContentCollection })
      },
    },
    contentByIndustry: {
      type: items,
      description: 'Published content tagged with an industry (by slug), newest first.',
      args: { industry: { type: new GraphQLNonNull(GraphQLString) }, ...listArgs },
      extensions: perItem,
      resolve: list(byIndustryInput, contentByIndustry),
    },
    contentByProduct: {
      type: items,
      description: 'Published content about a product (by slug), newest first.',
      args: { product: { type: new GraphQLNonNull(GraphQLString) }, ...listArgs },
      extensions: perItem,
      resolve: list(byProductInput, contentByProduct),
    },
    contentByTag: {
      type: items,
      description: 'Published content carrying a tag (exact), newest first.',
      args: { tag: { type: new GraphQLNonNull(GraphQLString) }, ...listArgs },
      extensions: perItem,
      resolve: list(byTagInput, contentByTag),
    },
    contentForLayer: {
      type: items,
      description:
        "Published content of every type aimed at a growth layer (by slug, or the current layer of a contact by email or an account by accountDomain: exactly one), optionally in an industry; the layer's playbook's recommended content first.",
      args: {
        layer: { type: GraphQLString },
        email: { type: GraphQLString, description: "The contact's current layer (marketers, admins and developers)." },
        accountDomain: { type: GraphQLString, description: "The account's current layer (marketers, admins and developers)." },
        industry: { type: GraphQLString },
        locale: listArgs.locale,
        limit: listArgs.limit,
      },
      extensions: perItem,
      resolve: list(forLayerInput, contentForLayer),
    },
    searchContent: {
      type: items,
      description: 'Case-insensitive search over titles and summaries of published content (at least 2 characters).',
      args: { q: { type: new GraphQLNonNull(GraphQLString) }, ...listArgs },
      extensions: perItem,
      resolve: list(searchInput, searchContent),
    },
  }
}
