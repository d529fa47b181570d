import type { PayloadRequest } from 'payload'

import { DRAFT_READERS } from '../access/publishedOrTeam'
import { hasRole } from '../access/roles'
import { forbidden, notFound, unauthorized } from '../content/queries/errors'
import type { PreviewTokenRequest } from './schemas'
import { signPreviewToken } from './token'

export type IssuedPreviewToken = { token: string; expiresAt: string; url: string }

/** Only the team that reads drafts hands out access to them. */
export const assertMayIssuePreviewTokens = (req: PayloadRequest): void => {
  if (!req.user) throw unauthorized('Sign in to issue preview tokens')
  if (!hasRole(req.user, ...DRAFT_READERS)) {
    throw forbidden(`Only the ${DRAFT_READERS.join(', ')} roles issue preview tokens`)
  }
}

/**
 * A preview token for one document's drafts, for a team member to hand to a front end or a
 * reviewer without an account. The document must exist and be readable by the issuer.
 */
export const issuePreviewToken = async (req: PayloadRequest, input: PreviewTokenRequest): Promise<IssuedPreviewToken> => {
  assertMayIssuePreviewTokens(req)
  const found = await req.payload.find({
    collection: input.collection,
    where: { id: { equals: input.id } },
    limit: 1,
    pagination: false,
    depth: 0,
    draft: true,
    select: {},
    overrideAccess: false,
    user: req.user,
    req,
  })
  if (!found.docs[0]) throw notFound(`No ${input.collection} with id ${input.id}`)
  const id = found.docs[0].id
  const { token, expiresAt } = signPreviewToken({ collection: input.collection, id, ttlSeconds: input.ttlSeconds }, req.payload.secret)
  const origin = req.payload.config.serverURL || req.origin || ''
  const url = `${origin}${req.payload.config.routes.api}/${input.collection}/${id}?draft=true&preview=${token}`
  return { token, expiresAt: expiresAt.toISOString(), url }
}
