import type { Payload } from 'payload'

import { hasRole } from '../../access/roles'
import { relationIds } from '../../fields/relation-id'
import type { User } from '../../payload-types'
import { award, reverse } from './ledger'
import { teamGrowthSettings } from './settings'

/** A kudos counts by the giver's standing: admin > team lead > member (team-growth-settings). */
export const kudosWeight = async (payload: Payload, giver: Pick<User, 'roles' | 'teamLead'>): Promise<number> => {
  const { kudosWeights } = await teamGrowthSettings(payload)
  if (hasRole(giver, 'admin')) return kudosWeights.admin
  if (giver.teamLead) return kudosWeights.lead
  return kudosWeights.member
}

/** The author ids of a content item (kudos go to them). */
export const authorsOf = async (payload: Payload, collection: string, id: number | string): Promise<number[]> => {
  const doc = (await payload.findByID({ collection: collection as 'white-papers', id, depth: 0, overrideAccess: true, disableErrors: true })) as { authors?: unknown[] | null } | null
  if (!doc) return []
  return [...new Set(relationIds(doc.authors))]
}

/** Each author earns kudos.received, units = the kudos's weight, sourced `kudos:<id>`. */
export const creditKudos = async (payload: Payload, kudos: { id: number; giver: number; authors: number[]; weight: number; at: Date }): Promise<void> => {
  for (const author of kudos.authors) {
    await award(payload, { user: author, rule: 'kudos.received', source: `kudos:${kudos.id}`, actor: kudos.giver, units: kudos.weight, at: kudos.at })
  }
}

/** A withdrawn kudos takes its value back (counter-entries). */
export const withdrawKudos = (payload: Payload, id: number): Promise<number> => reverse(payload, { source: `kudos:${id}`, rule: 'kudos.received', reason: 'kudos withdrawn' })
