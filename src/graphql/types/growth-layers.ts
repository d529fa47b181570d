import type * as GraphQLModule from 'graphql'
import { DateTimeResolver } from 'graphql-scalars'

import { enumOf } from './enums'

/** The object types of the growth-layer queries (src/graphql/queries/growth-layers.ts). */
export const growthLayerTypes = (GraphQL: typeof GraphQLModule) => {
  const { GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const nonNull = <T extends GraphQLModule.GraphQLNullableType>(type: T) => new GraphQLNonNull(type)
  const list = <T extends GraphQLModule.GraphQLNullableType>(type: T) => nonNull(new GraphQLList(nonNull(type)))

  const LayerOf = new GraphQLObjectType({
    name: 'LayerOf',
    fields: {
      layer: { type: nonNull(GraphQLString), description: 'The layer slug: general-value, potential-development, heavy-retention, paying, dormant, …' },
      subTier: { type: GraphQLString, description: 'In the paying layer: one-time, mid-level, potential-big or big.' },
      since: { type: DateTimeResolver, description: 'When it entered its current layer or sub-tier.' },
    },
  })
  const LayerSize = new GraphQLObjectType({ name: 'LayerSize', fields: { layer: { type: nonNull(GraphQLString) }, count: { type: nonNull(GraphQLInt) } } })
  const LayerSizesPoint = new GraphQLObjectType({
    name: 'LayerSizesPoint',
    fields: { date: { type: nonNull(GraphQLString), description: 'The first day of the day or week (YYYY-MM-DD, UTC); sizes at its end.' }, sizes: { type: list(LayerSize) } },
  })
  const LayerTransitionCell = new GraphQLObjectType({
    name: 'LayerTransitionCell',
    fields: { from: { type: GraphQLString, description: 'Null: first placed.' }, to: { type: GraphQLString }, count: { type: nonNull(GraphQLInt) } },
  })
  const TransitionReportRow = new GraphQLObjectType({
    name: 'TransitionReportRow',
    fields: {
      key: { type: nonNull(GraphQLString) },
      label: { type: nonNull(GraphQLString) },
      transitions: { type: nonNull(GraphQLFloat), description: 'Transitions credited to the group (fractions under shared models).' },
      cost: { type: GraphQLFloat },
      costPerTransition: { type: GraphQLFloat },
    },
  })
  const KeyAccount = new GraphQLObjectType({
    name: 'KeyAccount',
    fields: {
      id: { type: nonNull(GraphQLInt) },
      name: { type: nonNull(GraphQLString) },
      domain: { type: nonNull(GraphQLString) },
      layer: { type: GraphQLString },
      subTier: { type: GraphQLString },
      revenueToDate: { type: GraphQLFloat },
    },
  })
  const KeyAccountIndustry = new GraphQLObjectType({ name: 'KeyAccountIndustry', fields: { slug: { type: nonNull(GraphQLString) }, name: { type: nonNull(GraphQLString) } } })
  const KeyAccountGroup = new GraphQLObjectType({
    name: 'KeyAccountGroup',
    fields: {
      industry: { type: KeyAccountIndustry, description: 'Null: key accounts without an industry.' },
      benchmark: { type: KeyAccount, description: "The industry's benchmark customer." },
      accounts: { type: list(KeyAccount) },
    },
  })
  const PlaybookContent = new GraphQLObjectType({ name: 'PlaybookContent', fields: { collection: { type: nonNull(GraphQLString) }, id: { type: nonNull(GraphQLInt) } } })
  const PlaybookChannel = new GraphQLObjectType({ name: 'PlaybookChannel', fields: { slug: { type: nonNull(GraphQLString) }, name: { type: nonNull(GraphQLString) } } })
  const Playbook = new GraphQLObjectType({
    name: 'LayerPlaybook',
    fields: {
      id: { type: nonNull(GraphQLInt) },
      name: { type: nonNull(GraphQLString) },
      layer: { type: nonNull(GraphQLString) },
      goal: { type: GraphQLString },
      cadence: { type: GraphQLString },
      channels: { type: list(PlaybookChannel) },
      recommendedContent: { type: list(PlaybookContent), description: 'In order.' },
    },
  })
  return {
    DateTime: DateTimeResolver,
    enumOf: (name: string, values: readonly string[]) => enumOf(GraphQL, name, values),
    LayerOf,
    LayerSizesPoint,
    LayerTransitionCell,
    TransitionReportRow,
    KeyAccountGroup,
    Playbook,
  }
}
