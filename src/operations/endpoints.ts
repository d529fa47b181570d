import type { Endpoint, PayloadRequest } from 'payload'

import { badRequest, notFound } from '../content/queries/errors'
import { assertMayReadOperations } from './access'
import { parseOperationsQuery } from './query'
import { isTable, viewTables } from './tables'
import { tableCsv } from './tables'
import { VIEWS, type ViewName } from './types'
import { viewData } from './view-data'
import { startWork, workInProgress, WORK_KINDS_STARTABLE, type StartableWork } from './work'

const viewOf = (req: PayloadRequest): ViewName => {
  const view = String(req.routeParams?.view ?? '')
  if (!(VIEWS as readonly string[]).includes(view)) throw notFound(`There is no view "${view}": the views are ${VIEWS.join(', ')}`)
  return view as ViewName
}

const queryOf = (req: PayloadRequest) => parseOperationsQuery(Object.fromEntries(req.searchParams))

const day = (d: Date, end = false) => new Date(d.getTime() - (end ? 1 : 0)).toISOString().slice(0, 10)

// GET /api/operations/work – long work queued, running or finished in the last hour (the progress panel polls it).
export const workListEndpoint: Endpoint = {
  method: 'get',
  path: '/operations/work',
  handler: async (req) => {
    assertMayReadOperations(req.user)
    return Response.json(await workInProgress(req.payload, req.user))
  },
}

// POST /api/operations/work {kind: 'recompute-layers' | 'recompute-attribution' | 'recompute-growth'} – admins queue a recompute.
export const startWorkEndpoint: Endpoint = {
  method: 'post',
  path: '/operations/work',
  handler: async (req) => {
    assertMayReadOperations(req.user)
    const body = (await req.json?.().catch(() => undefined)) as { kind?: unknown } | undefined
    const kind = body?.kind
    if (typeof kind !== 'string' || !(WORK_KINDS_STARTABLE as readonly string[]).includes(kind)) throw badRequest(`kind must be one of ${WORK_KINDS_STARTABLE.join(', ')}`)
    return Response.json(await startWork(req.payload, req.user, kind as StartableWork), { status: 202 })
  },
}

// GET /api/operations/:view?from=2026-11-01&to=2026-11-30&model=LINEAR&interval=day – one view's data as JSON.
export const viewEndpoint: Endpoint = {
  method: 'get',
  path: '/operations/:view',
  handler: async (req) => {
    assertMayReadOperations(req.user)
    const view = viewOf(req)
    return Response.json(await viewData(req.payload, view, queryOf(req), req.user))
  },
}

// GET /api/operations/:view/:table.csv?from=…&to=…&model=… – one table of a view as a CSV download.
export const csvEndpoint: Endpoint = {
  method: 'get',
  path: '/operations/:view/:file',
  handler: async (req) => {
    assertMayReadOperations(req.user)
    const view = viewOf(req)
    const file = String(req.routeParams?.file ?? '')
    const table = file.endsWith('.csv') ? file.slice(0, -4) : ''
    if (!isTable(view, table)) throw notFound(`The ${view} view has the tables ${viewTables[view].map((t) => `${t}.csv`).join(', ')}`)
    const query = queryOf(req)
    const csv = tableCsv(view, table, await viewData(req.payload, view, query, req.user))!
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${view}-${table}-${day(query.from)}-${day(query.to, true)}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}

/** The operations dashboard's REST endpoints (the fixed work paths before the :view patterns). */
export const operationsEndpoints: Endpoint[] = [workListEndpoint, startWorkEndpoint, viewEndpoint, csvEndpoint]
