import type { GraphQLExtension, PayloadRequest } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../content/content-collection'
import { applyTransition } from './apply-transition'
import { WORKFLOW_STATES } from './states'

const enumKey = (value: string) => value.replace(/-/g, '_')

/**
 * `transition(collection, id, to, comment, publishAt, unpublishAt)`: one workflow step over GraphQL,
 * the same rules as PATCH and POST /api/<collection>/:id/transition (src/workflow/hooks).
 * https://payloadcms.com/docs/graphql/extending
 */
export const workflowMutations: GraphQLExtension = (graphQL) => {
  const { GraphQLEnumType, GraphQLID, GraphQLNonNull, GraphQLObjectType, GraphQLString } = graphQL
  const collectionEnum = new GraphQLEnumType({
    name: 'WorkflowCollection',
    values: Object.fromEntries(CONTENT_COLLECTIONS.map((slug) => [enumKey(slug), { value: slug }])),
  })
  const stateEnum = new GraphQLEnumType({
    name: 'WorkflowStateName',
    values: Object.fromEntries(WORKFLOW_STATES.map((state) => [state, { value: state }])),
  })
  const resultType = new GraphQLObjectType({
    name: 'WorkflowTransitionResult',
    fields: {
      collection: { type: new GraphQLNonNull(collectionEnum) },
      id: { type: new GraphQLNonNull(GraphQLID) },
      workflowState: { type: new GraphQLNonNull(stateEnum) },
      status: { type: GraphQLString, description: "Payload's _status: published or draft" },
      publishAt: { type: GraphQLString },
      unpublishAt: { type: GraphQLString },
    },
  })
  return {
    transition: {
      type: new GraphQLNonNull(resultType),
      description: 'Move a document along the editorial workflow (draft → in_review → approved → scheduled/published → archived).',
      args: {
        collection: { type: new GraphQLNonNull(collectionEnum) },
        id: { type: new GraphQLNonNull(GraphQLID) },
        to: { type: new GraphQLNonNull(stateEnum) },
        comment: { type: GraphQLString },
        publishAt: { type: GraphQLString },
        unpublishAt: { type: GraphQLString },
      },
      resolve: async (
        _: unknown,
        args: { collection: ContentCollection; id: string; to: string; comment?: string | null; publishAt?: string | null; unpublishAt?: string | null },
        context: { req: PayloadRequest },
      ) => {
        const { collection, id, ...body } = args
        const doc = await applyTransition(context.req, collection, id, body)
        return {
          collection,
          id: doc.id,
          workflowState: doc.workflowState,
          status: doc._status,
          publishAt: doc.publishAt ?? null,
          unpublishAt: doc.unpublishAt ?? null,
        }
      },
    },
  }
}
