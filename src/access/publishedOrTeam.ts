import type { Access, Where } from 'payload'

import { misScoped, previewGrantOf } from '../preview/request'
import { hasRole, type Role } from './roles'

/** Roles that read drafts (and issue preview tokens); developers and anonymous readers do not. */
export const DRAFT_READERS: Role[] = ['admin', 'editor', 'reviewer', 'marketer']

const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * Content reads for one collection: the editorial team sees drafts; anonymous readers and developer
 * API keys see published documents only, plus the one document a preview token names
 * (src/preview/). Payload passes `req` (and `id` for a read by id) through REST, GraphQL and the
 * Local API, so the token works everywhere: `?preview=` or the `X-Preview-Token` header.
 * https://payloadcms.com/docs/access-control/collections#read
 */
export const publishedOrTeam =
  (collection: string): Access =>
  ({ id, req }) => {
    const grant = previewGrantOf(req)
    // A read by id (findByID) is the document the caller asked for; lists and populated
    // relationships carry no id and simply don't gain anything from a token for another document.
    if (grant && id !== undefined && (grant.collection !== collection || grant.id !== String(id))) {
      throw misScoped(grant, collection, id)
    }
    if (hasRole(req.user, ...DRAFT_READERS)) return true
    if (grant?.collection === collection) return { or: [PUBLISHED, { id: { equals: grant.id } }] }
    return PUBLISHED
  }
