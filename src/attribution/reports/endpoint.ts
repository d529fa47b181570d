import type { Endpoint } from 'payload'

import { hasRole } from '../../access/roles'
import { badRequest, forbidden, unauthorized } from '../../content/queries/errors'
import { dailySeries } from './aggregate'
import { attributionReport, toCsv } from './report'
import { reportInput } from './schemas'
import { firstIssue } from '../ingest/schemas'

// GET /api/attribution?model=LINEAR&groupBy=CHANNEL&conversion=lead&from=2026-11-01&to=2026-12-01&format=csv&include=audience
export const attributionEndpoint: Endpoint = {
  method: 'get',
  path: '/attribution',
  handler: async (req) => {
    if (!req.user) throw unauthorized('Sign in (or send an API key) to read attribution reports')
    if (!hasRole(req.user, 'admin', 'marketer', 'developer')) throw forbidden('Attribution reports are for marketers, admins and developers')
    const query = Object.fromEntries(req.searchParams)
    const format = query.format ?? 'json'
    if (format !== 'json' && format !== 'csv') throw badRequest('format must be json or csv')
    const include = (query.include ?? '').split(',').filter(Boolean)
    if (include.some((i) => i !== 'audience')) throw badRequest('include takes "audience" (unique visitors and NPS)')
    const parsed = reportInput.safeParse({ ...query, format: undefined, include: undefined })
    if (!parsed.success) throw badRequest(firstIssue(parsed.error))
    const rows = await attributionReport(req.payload, parsed.data, { audience: include.includes('audience') })
    if (format === 'csv') {
      return new Response(toCsv(rows), {
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="attribution-${parsed.data.model.toLowerCase()}-${parsed.data.groupBy.toLowerCase()}.csv"` },
      })
    }
    const { model, groupBy, conversion, from, to } = parsed.data
    const series = (await dailySeries(req.payload, parsed.data)) ?? []
    return Response.json({ model, groupBy, conversion: conversion ?? null, from: from.toISOString(), to: to.toISOString(), rows, series })
  },
}
