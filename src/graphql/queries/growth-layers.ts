import type * as GraphQLModule from 'graphql'
import type { GraphQLExtension, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { MODELS } from '../../attribution/models/credit'
import { assertMayReadReports } from '../../attribution/reports/may-read'
import { parseInput } from '../../content/queries/schemas'
import { keyAccounts } from '../../growth/queries/key-accounts'
import { layerOf } from '../../growth/queries/layer-of'
import { layerSizes } from '../../growth/queries/layer-sizes'
import { playbookFor } from '../../growth/queries/playbook-for'
import {
  INTERVALS,
  keyAccountsInput,
  layerSizesInput,
  layerTransitionsInput,
  playbookForInput,
  SUBJECTS,
  TRANSITION_GROUP_BY,
  transitionReportInput,
  whoInput,
} from '../../growth/queries/schemas'
import { assertSignedIn } from '../../growth/queries/signed-in'
import { layerTransitionMatrix } from '../../growth/queries/transition-matrix'
import { transitionReport } from '../../growth/queries/transition-report'
import { givenArgs } from '../given-args'
import { growthLayerTypes } from '../types/growth-layers'

type Context = Parameters<GraphQLExtension>[1]
type Args = Record<string, unknown>

/**
 * The growth-layer queries (REST twins under /api/growth, src/growth/queries/endpoints.ts):
 *   layerOf(email: String, accountDomain: String): LayerOf
 *   layerSizes(subject: LayerSubject = CONTACT, from, to, interval: LayerInterval = DAY): [LayerSizesPoint!]!
 *   layerTransitions(subject: LayerSubject = CONTACT, from, to): [LayerTransitionCell!]!
 *   transitionReport(fromLayer, toLayer, from, to, model = POSITION_BASED, groupBy!, subject): [TransitionReportRow!]!
 *   keyAccounts(industry: String): [KeyAccountGroup!]!
 *   playbookFor(layer: String!): Playbook
 * All but playbookFor are for marketers, admins and developers.
 */
export const growthLayerQueries = (GraphQL: typeof GraphQLModule, _context: Context) => {
  const { GraphQLList, GraphQLNonNull, GraphQLString } = GraphQL
  const t = growthLayerTypes(GraphQL)
  const list = <T extends GraphQLModule.GraphQLOutputType>(type: T) => new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(type)))
  const resolver =
    <S extends z.ZodType>(schema: S, run: (req: PayloadRequest, input: z.output<S>) => Promise<unknown>, mayRead = assertMayReadReports) =>
    async (_: unknown, args: Args, ctx: { req: PayloadRequest }) => {
      mayRead(ctx.req.user)
      return run(ctx.req, parseInput(schema, givenArgs(args)))
    }
  const period = { from: { type: t.DateTime }, to: { type: t.DateTime } }
  return {
    layerOf: {
      type: t.LayerOf,
      description: 'Where a contact (email) or an account (accountDomain) stands now: exactly one of the two; null when unknown or not placed.',
      args: { email: { type: GraphQLString }, accountDomain: { type: GraphQLString } },
      resolve: resolver(whoInput, (req, input) => layerOf(req.payload, input)),
    },
    layerSizes: {
      type: list(t.LayerSizesPoint),
      description: 'How many contacts or accounts each layer held, per day or week of the period (from the transitions).',
      args: { subject: { type: t.enumOf('LayerSubject', SUBJECTS), defaultValue: 'CONTACT' }, ...period, interval: { type: t.enumOf('LayerInterval', INTERVALS), defaultValue: 'DAY' } },
      resolve: resolver(layerSizesInput, (req, input) => layerSizes(req.payload, input)),
    },
    layerTransitions: {
      type: list(t.LayerTransitionCell),
      description: 'The transition matrix of the period: how many moved from each layer to each other one (from null: first placed).',
      args: { subject: { type: t.enumOf('LayerSubject', SUBJECTS), defaultValue: 'CONTACT' }, ...period },
      resolve: resolver(layerTransitionsInput, (req, input) => layerTransitionMatrix(req.payload, input)),
    },
    transitionReport: {
      type: list(t.TransitionReportRow),
      description: 'Layer transitions of the period credited to content, channels or campaigns under an attribution model, with cost per transition.',
      args: {
        fromLayer: { type: GraphQLString },
        toLayer: { type: GraphQLString },
        ...period,
        model: { type: t.enumOf('AttributionModel', MODELS), defaultValue: 'POSITION_BASED' },
        groupBy: { type: new GraphQLNonNull(t.enumOf('TransitionGroupBy', TRANSITION_GROUP_BY)) },
        subject: { type: t.enumOf('LayerSubject', SUBJECTS) },
      },
      resolve: resolver(transitionReportInput, (req, input) => transitionReport(req.payload, input)),
    },
    keyAccounts: {
      type: list(t.KeyAccountGroup),
      description: "Key accounts grouped by industry (or one industry's, by slug), each group with its benchmark customer.",
      args: { industry: { type: GraphQLString } },
      resolve: resolver(keyAccountsInput, (req, input) => keyAccounts(req.payload, input)),
    },
    playbookFor: {
      type: t.Playbook,
      description: 'The playbook of a growth layer (by slug): goal, recommended content, channels and cadence; null when it has none.',
      args: { layer: { type: new GraphQLNonNull(GraphQLString) } },
      resolve: resolver(playbookForInput, (req, input) => playbookFor(req.payload, input.layer), assertSignedIn),
    },
  }
}
