import type { Endpoint } from 'payload'

import { badRequest } from '../../content/queries/errors'
import { parseInput } from '../../content/queries/schemas'
import { dailySeries } from './aggregate'
import { assertMayReadReports } from './may-read'
import { attributionReport, toCsv } from './report'
import { reportInput } from './schemas'

// GET /api/attribution?model=LINEAR&groupBy=CHANNEL&conversion=lead&from=2026-11-01&to=2026-12-01&format=csv&include=audience
export const attributionEndpoint: Endpoint = {
  method: 'get',
  path: '/attribution',
  handler: async (req) => {
    assertMayReadReports(req.user)
    const query = Object.fromEntries(req.searchParams)
    const format = query.format ?? 'json'
    if (format !== 'json' && format !== 'csv') throw badRequest('format must be json or csv')
    const include = (query.include ?? '').split(',').filter(Boolean)
    if (include.some((i) => i !== 'audience')) throw badRequest('include takes "audience" (unique visitors and NPS)')
    const input = parseInput(reportInput, { ...query, format: undefined, include: undefined })
    const rows = await attributionReport(req.payload, input, { audience: include.includes('audience') })
    if (format === 'csv') {
      return new Response(toCsv(rows), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="attribution-${input.model.toLowerCase()}-${input.groupBy.toLowerCase()}.csv"` },
      })
    }
    const { model, groupBy, conversion, from, to } = input
    const series = (await dailySeries(req.payload, input)) ?? []
    return Response.json({ model, groupBy, conversion: conversion ?? null, from: from.toISOString(), to: to.toISOString(), rows, series })
  },
}
