import type { Payload, Where } from 'payload'

import { relationIds } from '../fields/relation-id'
import type { Distribution } from '../payload-types'

export type Recipient = { id: number; email: string; timeZone: string | null }

/**
 * Who a distribution's emails go to: every subscriber, or the contacts in any of its growth layers,
 * industries (of their account), accounts or lists — always only contacts with an email, email consent
 * and no unsubscribe or bounce. Undefined when the audience names nobody (no email can be sent).
 */
export const audienceWhere = async (payload: Payload, audience: Distribution['audience']): Promise<Where | undefined> => {
  const reachable: Where[] = [
    { email: { exists: true } },
    { 'consent.email': { equals: true } },
    { 'suppression.unsubscribedAt': { exists: false } },
    { 'suppression.bouncedAt': { exists: false } },
  ]
  if (audience?.allSubscribers) return { and: reachable }
  const or: Where[] = []
  const layers = relationIds(audience?.layers)
  const industries = relationIds(audience?.industries)
  const accounts = relationIds(audience?.accounts)
  if (layers.length) or.push({ layer: { in: layers } })
  if (accounts.length) or.push({ account: { in: accounts } })
  if (industries.length) {
    const inIndustries = await payload.find({ collection: 'accounts', where: { industry: { in: industries } }, pagination: false, depth: 0, select: {} })
    const accountIds = inIndustries.docs.map((a) => Number(a.id))
    if (accountIds.length) or.push({ account: { in: accountIds } })
  }
  const lists = relationIds(audience?.lists)
  if (lists.length) {
    const found = await payload.find({ collection: 'contact-lists', where: { id: { in: lists } }, pagination: false, depth: 0 })
    const members = found.docs.flatMap((l) => relationIds(l.contacts))
    if (members.length) or.push({ id: { in: members } })
  }
  return or.length ? { and: [...reachable, { or }] } : undefined
}

/** The recipients, in id order. */
export const resolveAudience = async (payload: Payload, audience: Distribution['audience']): Promise<Recipient[]> => {
  const where = await audienceWhere(payload, audience)
  if (!where) return []
  const found = await payload.find({ collection: 'contacts', where, sort: 'id', pagination: false, depth: 0, select: { email: true, timeZone: true } })
  return found.docs.map((c) => ({ id: Number(c.id), email: c.email!, timeZone: c.timeZone ?? null }))
}

export const countAudience = async (payload: Payload, audience: Distribution['audience']): Promise<number> => {
  const where = await audienceWhere(payload, audience)
  return where ? (await payload.count({ collection: 'contacts', where })).totalDocs : 0
}
