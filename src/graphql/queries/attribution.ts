import type * as GraphQLModule from 'graphql'
import { DateTimeResolver } from 'graphql-scalars'
import type { GraphQLExtension, PayloadRequest } from 'payload'

import { parseInput } from '../../content/queries/schemas'
import { MODELS } from '../../attribution/models/credit'
import { assertMayReadReports } from '../../attribution/reports/may-read'
import { attributionReport } from '../../attribution/reports/report'
import { dailySeries } from '../../attribution/reports/aggregate'
import { GROUP_BY, reportInput, type ReportInput } from '../../attribution/reports/schemas'
import { givenArgs } from '../given-args'
import { selectsUnder } from '../selects-field'
import { enumOf as sharedEnum } from '../types/enums'

type Context = Parameters<GraphQLExtension>[1]

/**
 * attribution(model: AttributionModel!, conversion: String, from: DateTime, to: DateTime, groupBy: AttributionGroupBy!)
 *   { model groupBy from to rows { key label touches humanClicks conversions revenue cost costPerConversion roi } }
 * (REST twin: GET /api/attribution, also as CSV.)
 */
export const attributionQueries = (GraphQL: typeof GraphQLModule, _context: Context) => {
  const { GraphQLFloat, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } = GraphQL
  // Shared by name: the growth-layer queries use AttributionModel too.
  const enumOf = (name: string, values: readonly string[]) => sharedEnum(GraphQL, name, values)
  const Row = new GraphQLObjectType({
    name: 'AttributionRow',
    fields: {
      key: { type: new GraphQLNonNull(GraphQLString) },
      label: { type: new GraphQLNonNull(GraphQLString) },
      touches: { type: new GraphQLNonNull(GraphQLInt) },
      uniqueVisitors: { type: GraphQLInt, description: 'Distinct visitors of UTM-tagged page views (CHANNEL, CAMPAIGN).' },
      humanClicks: { type: new GraphQLNonNull(GraphQLInt) },
      conversions: { type: new GraphQLNonNull(GraphQLFloat), description: 'Credited conversions (fractions under shared models).' },
      revenue: { type: new GraphQLNonNull(GraphQLFloat) },
      cost: { type: GraphQLFloat },
      costPerConversion: { type: GraphQLFloat },
      roi: { type: GraphQLFloat },
      nps: { type: GraphQLFloat, description: 'Net promoter score from nps events (CHANNEL, CAMPAIGN).' },
      npsResponses: { type: new GraphQLNonNull(GraphQLInt) },
    },
  })
  const Day = new GraphQLObjectType({
    name: 'AttributionDay',
    fields: {
      day: { type: new GraphQLNonNull(GraphQLString), description: 'YYYY-MM-DD (UTC)' },
      conversions: { type: new GraphQLNonNull(GraphQLFloat) },
      revenue: { type: new GraphQLNonNull(GraphQLFloat) },
    },
  })
  const Report = new GraphQLObjectType({
    name: 'AttributionReport',
    fields: {
      model: { type: new GraphQLNonNull(GraphQLString) },
      groupBy: { type: new GraphQLNonNull(GraphQLString) },
      from: { type: new GraphQLNonNull(DateTimeResolver) },
      to: { type: new GraphQLNonNull(DateTimeResolver) },
      rows: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Row))) },
      series: {
        type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Day))),
        description: 'Credited conversions and revenue by day.',
        resolve: async (report: { input: ReportInput }, _: unknown, ctx: { req: PayloadRequest }) => (await dailySeries(ctx.req.payload, report.input)) ?? [],
      },
    },
  })
  return {
    attribution: {
      type: new GraphQLNonNull(Report),
      description: 'Conversions and revenue credited under one of the six attribution models, grouped by content, channel, campaign or industry.',
      args: {
        model: { type: new GraphQLNonNull(enumOf('AttributionModel', MODELS)) },
        groupBy: { type: new GraphQLNonNull(enumOf('AttributionGroupBy', GROUP_BY)) },
        conversion: { type: GraphQLString },
        from: { type: DateTimeResolver },
        to: { type: DateTimeResolver },
      },
      resolve: async (_: unknown, args: Record<string, unknown>, ctx: { req: PayloadRequest }, info: GraphQLModule.GraphQLResolveInfo) => {
        assertMayReadReports(ctx.req.user)
        const input = parseInput(reportInput, givenArgs(args))
        const audience = selectsUnder(info, 'rows', ['uniqueVisitors', 'nps', 'npsResponses'])
        const rows = await attributionReport(ctx.req.payload, input, { audience })
        return { model: input.model, groupBy: input.groupBy, from: input.from, to: input.to, rows, input }
      },
    },
  }
}
