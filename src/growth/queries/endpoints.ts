import type { Endpoint, PayloadRequest } from 'payload'

import { assertMayReadReports } from '../../attribution/reports/may-read'
import { parseInput } from '../../content/queries/schemas'
import { assertSignedIn } from './signed-in'
import { keyAccounts } from './key-accounts'
import { layerOf } from './layer-of'
import { layerSizes } from './layer-sizes'
import { playbookFor } from './playbook-for'
import { keyAccountsInput, layerSizesInput, layerTransitionsInput, playbookForInput, transitionReportInput, whoInput } from './schemas'
import { layerTransitionMatrix } from './transition-matrix'
import { transitionReport } from './transition-report'

/** Route parameters and the query string as one object for the input schemas. */
const inputOf = (req: PayloadRequest): Record<string, unknown> => ({ ...Object.fromEntries(req.searchParams), ...req.routeParams })

/** A GET handler behind an access rule: by default the reports' (marketers, admins, developers). */
const report = (path: string, run: (req: PayloadRequest) => Promise<unknown>, mayRead = assertMayReadReports): Endpoint => ({
  method: 'get',
  path,
  handler: async (req) => {
    mayRead(req.user)
    return Response.json(await run(req))
  },
})

/** The growth-layer queries over REST, under /api/growth (GraphQL: src/graphql/queries/growth-layers.ts). */
export const layerEndpoints: Endpoint[] = [
  // GET /api/growth/layer-of?email= | ?accountDomain= – { layer, subTier, since } or null
  report('/growth/layer-of', async (req) => layerOf(req.payload, parseInput(whoInput, inputOf(req)))),
  // GET /api/growth/layer-sizes?subject=CONTACT|ACCOUNT&from=&to=&interval=DAY|WEEK
  report('/growth/layer-sizes', async (req) => ({ series: await layerSizes(req.payload, parseInput(layerSizesInput, inputOf(req))) })),
  // GET /api/growth/layer-transitions?subject=&from=&to= – the transition matrix
  report('/growth/layer-transitions', async (req) => ({ cells: await layerTransitionMatrix(req.payload, parseInput(layerTransitionsInput, inputOf(req))) })),
  // GET /api/growth/transition-report?groupBy=CONTENT|CHANNEL|CAMPAIGN&fromLayer=&toLayer=&model=&subject=&from=&to=
  report('/growth/transition-report', async (req) => ({ rows: await transitionReport(req.payload, parseInput(transitionReportInput, inputOf(req))) })),
  // GET /api/growth/key-accounts?industry=
  report('/growth/key-accounts', async (req) => ({ groups: await keyAccounts(req.payload, parseInput(keyAccountsInput, inputOf(req))) })),
  // GET /api/growth/playbook-for/:layer – the layer's playbook or null
  report('/growth/playbook-for/:layer', async (req) => playbookFor(req.payload, parseInput(playbookForInput, inputOf(req)).layer), assertSignedIn),
]
