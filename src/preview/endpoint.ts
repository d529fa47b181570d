import type { Endpoint } from 'payload'

import { badRequest } from '../content/queries/errors'
import { parseInput } from '../content/queries/schemas'
import { assertMayIssuePreviewTokens, issuePreviewToken } from './issue-token'
import { previewTokenRequest } from './schemas'

// POST /api/preview-token – a signed, expiring token to read one document's drafts
export const previewTokenEndpoint: Endpoint = {
  method: 'post',
  path: '/preview-token',
  handler: async (req) => {
    assertMayIssuePreviewTokens(req)
    const body = await req.json?.().catch(() => {
      throw badRequest('Send a JSON body: { collection, id, ttlSeconds }')
    })
    return Response.json(await issuePreviewToken(req, parseInput(previewTokenRequest, body)), { status: 201 })
  },
}
