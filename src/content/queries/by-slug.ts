import type { PayloadRequest } from 'payload'

import { DRAFT_READERS } from '../../access/publishedOrTeam'
import { hasRole } from '../../access/roles'
import { misScoped, previewGrantOf } from '../../preview/request'
import { notFound } from './errors'
import type { BySlugInput } from './schemas'

/**
 * One document by its type and slug, with its rendered `html`. Published for everyone; the latest
 * draft (`draft`, on by default when a preview token comes along) for team members and for the one
 * document a preview token names. A token for another document is refused, not ignored.
 */
export const contentBySlug = async (req: PayloadRequest, input: BySlugInput) => {
  const grant = previewGrantOf(req)
  if (grant && grant.collection !== input.type) throw misScoped(grant, input.type)
  const mayReadDrafts = Boolean(grant) || hasRole(req.user, ...DRAFT_READERS)
  // Asking for drafts without being allowed them would read the versions table through the
  // published-only rule and hide a published document that has a newer draft: read the published one.
  const draft = mayReadDrafts && (input.draft ?? Boolean(grant))
  const { docs } = await req.payload.find({
    collection: input.type,
    where: { slug: { equals: input.slug } },
    limit: 1,
    pagination: false,
    depth: input.depth,
    draft,
    locale: input.locale as never,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const doc = docs[0]
  if (!doc) throw notFound(`No ${input.type} with slug '${input.slug}'`)
  if (grant && String(doc.id) !== grant.id) throw misScoped(grant, input.type, doc.id)
  return doc
}
