import type { Endpoint } from 'payload'

import { hasRole } from '../../access/roles'
import { forbidden, unauthorized } from '../../content/queries/errors'
import { parseInput } from '../../content/queries/schemas'
import { previewRule } from './preview'
import { previewInput } from './schemas'

// POST /api/growth-layers/preview – how many contacts and accounts a rule would take now, with examples
export const previewEndpoint: Endpoint = {
  method: 'post',
  path: '/preview',
  handler: async (req) => {
    if (!req.user) throw unauthorized('Sign in to preview growth-layer rules')
    if (!hasRole(req.user, 'admin', 'marketer')) throw forbidden('Only admins and marketers preview growth-layer rules')
    const body = await req.json?.().catch(() => undefined)
    const rule = parseInput(previewInput, body ?? {})
    return Response.json(await previewRule(req.payload, { match: rule.match, conditions: rule.conditions.map((c) => ({ ...c, min: c.min })) }))
  },
}
