import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { badRequest, forbidden } from '../../../src/content/queries/errors'
import { authorsOf, kudosWeight } from '../../../src/growth/team/kudos'
import type { Kudos } from '../../../src/payload-types'

type Item = { relationTo: string; value: number | string | { id: number | string } }
const idOf = (item: Item) => (typeof item.value === 'object' ? item.value.id : item.value)

/**
 * The giver is the signed-in user (never the request body; the system may name one when seeding);
 * one kudos per person per item; nobody gives kudos on their own content; the weight comes from the
 * giver's standing, not from the client.
 */
export const checkKudos: CollectionBeforeChangeHook<Kudos> = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const giverId = req.user?.id ?? (typeof data.giver === 'object' ? data.giver?.id : data.giver)
  if (!giverId) throw badRequest('kudos need a giver: sign in')
  const item = data.item as Item | undefined
  if (!item?.relationTo || idOf(item) === undefined) throw badRequest('item: name the content, e.g. { "relationTo": "white-papers", "value": 12 }')
  const itemId = idOf(item)
  const giver = req.user?.id === giverId ? req.user : await req.payload.findByID({ collection: 'users', id: giverId, depth: 0, overrideAccess: true, req })
  const authors = await authorsOf(req.payload, item.relationTo, itemId)
  if (authors.includes(Number(giverId))) throw forbidden('You cannot give kudos on your own content')
  const dedupeKey = `${giverId}:${item.relationTo}:${itemId}`
  const { totalDocs } = await req.payload.count({ collection: 'kudos', where: { dedupeKey: { equals: dedupeKey } }, overrideAccess: true, req })
  if (totalDocs > 0) throw new APIError('You already gave kudos on this item; one per person per item', 409, null, true)
  return { ...data, giver: Number(giverId), dedupeKey, weight: await kudosWeight(req.payload, giver as never) }
}
