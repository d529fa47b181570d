import type * as GraphQLModule from 'graphql'
import { DateTimeResolver } from 'graphql-scalars'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { parseInput } from '../../content/queries/schemas'
import { assertTeamMember } from '../../growth/team/endpoints'
import { myGrowth } from '../../growth/team/my-growth'
import { RANKING_PERIODS, growthRanking, rankingInput } from '../../growth/team/ranking'
import { givenArgs } from '../given-args'

type Context = Parameters<GraphQLExtension>[1]

/**
 * myGrowth { value level nextLevel nextLevelValue progress title medals { slug name title at }
 *   tasks { id title kind progress target completed locked } privileges { privilege level unlocked } }
 * growthRanking(team: String, period: GrowthPeriod, from: DateTime, to: DateTime) { … rows { rank name value level title medals } }
 * (REST twins: GET /api/growth/me, GET /api/growth/ranking.)
 */
export const growthTeamQueries = (GraphQL: typeof GraphQLModule, _context: Context) => {
  const { GraphQLBoolean, GraphQLEnumType, GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  const nn = <T extends GraphQLModule.GraphQLType>(type: T) => new GraphQLNonNull(type)
  const list = <T extends GraphQLModule.GraphQLType>(type: T) => nn(new GraphQLList(nn(type)))
  const Medal = new GraphQLObjectType({
    name: 'GrowthMedal',
    fields: { slug: { type: nn(GraphQLString) }, name: { type: nn(GraphQLString) }, title: { type: GraphQLString }, at: { type: nn(DateTimeResolver) } },
  })
  const Task = new GraphQLObjectType({
    name: 'GrowthTaskProgress',
    fields: {
      id: { type: nn(GraphQLInt) },
      title: { type: nn(GraphQLString) },
      kind: { type: nn(GraphQLString) },
      series: { type: GraphQLString },
      step: { type: GraphQLInt },
      reward: { type: nn(GraphQLFloat) },
      progress: { type: nn(GraphQLFloat) },
      target: { type: nn(GraphQLFloat) },
      completed: { type: nn(GraphQLBoolean) },
      locked: { type: nn(GraphQLBoolean), description: 'A series step waits for the previous one.' },
      periodKey: { type: GraphQLString, description: 'The current week or month of a recurring task.' },
    },
  })
  const Privilege = new GraphQLObjectType({
    name: 'GrowthPrivilege',
    fields: { privilege: { type: nn(GraphQLString) }, level: { type: nn(GraphQLInt) }, unlocked: { type: nn(GraphQLBoolean) } },
  })
  const MyGrowth = new GraphQLObjectType({
    name: 'MyGrowth',
    fields: {
      value: { type: nn(GraphQLFloat) },
      level: { type: nn(GraphQLInt) },
      nextLevel: { type: GraphQLInt },
      nextLevelValue: { type: GraphQLFloat },
      progress: { type: nn(GraphQLFloat) },
      title: { type: GraphQLString },
      medals: { type: list(Medal) },
      tasks: { type: list(Task) },
      privileges: { type: list(Privilege) },
    },
  })
  const Row = new GraphQLObjectType({
    name: 'GrowthRankingRow',
    fields: {
      rank: { type: nn(GraphQLInt) },
      userId: { type: nn(GraphQLInt) },
      name: { type: nn(GraphQLString) },
      team: { type: GraphQLString },
      value: { type: nn(GraphQLFloat), description: 'Growth value earned in the period (reversals count against it).' },
      reachedAt: { type: DateTimeResolver },
      level: { type: nn(GraphQLInt) },
      title: { type: GraphQLString },
      medals: { type: list(Medal) },
    },
  })
  const Ranking = new GraphQLObjectType({
    name: 'GrowthRanking',
    fields: { team: { type: GraphQLString }, period: { type: nn(GraphQLString) }, from: { type: DateTimeResolver }, to: { type: DateTimeResolver }, rows: { type: list(Row) } },
  })
  const Period = new GraphQLEnumType({ name: 'GrowthPeriod', values: Object.fromEntries(RANKING_PERIODS.map((p) => [p, { value: p }])) })
  return {
    myGrowth: {
      type: nn(MyGrowth),
      description: "The signed-in team member's growth value, level, medals, tasks and privileges.",
      resolve: async (_: unknown, __: unknown, ctx: { req: PayloadRequest }) => myGrowth(ctx.req.payload, assertTeamMember(ctx.req.user)),
    },
    growthRanking: {
      type: nn(Ranking),
      description: 'Growth value earned per member of a team (or everyone) in a week, a month or all time.',
      args: { team: { type: GraphQLString }, period: { type: Period }, from: { type: DateTimeResolver }, to: { type: DateTimeResolver } },
      resolve: async (_: unknown, args: Record<string, unknown>, ctx: { req: PayloadRequest }) => {
        assertTeamMember(ctx.req.user)
        return growthRanking(ctx.req.payload, parseInput(rankingInput, givenArgs(args)))
      },
    },
  }
}
