import type { GraphQLExtension } from 'payload'

import { workflowMutations } from '../workflow/graphql'
import { attributionQueries } from './queries/attribution'
import { contentQueries } from './queries/content'
import { growthLayerQueries } from './queries/growth-layers'
import { growthTeamQueries } from './queries/growth-team'

export { graphqlValidationRules } from './validation-rules'

/** Custom GraphQL queries for developers (see src/graphql/queries/). */
export const graphqlQueries: GraphQLExtension = (GraphQL, context) => ({
  ...contentQueries(GraphQL, context),
  ...attributionQueries(GraphQL, context),
  ...growthLayerQueries(GraphQL, context),
  ...growthTeamQueries(GraphQL, context),
})

/** Custom GraphQL mutations (workflow transitions, …). */
export const graphqlMutations: GraphQLExtension = (GraphQL, context) => ({ ...workflowMutations(GraphQL, context) })
