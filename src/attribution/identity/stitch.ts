import type { Payload } from 'payload'

import type { Contact } from '../../payload-types'
import { bulkInsert } from '../buffer/bulk-insert'
import { companyDomain } from './free-mail'

export type Ids = { anonymousId?: string | null; userId?: string | null; email?: string | null; clickId?: string | null; previousId?: string | null }
export type Profile = { traits?: Record<string, unknown> | null; accountDomain?: string | null; at?: string }

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

/** The identity keys of what an event or conversion carries (`previousId` is an old user or anonymous id). */
export const identityKeys = (ids: Ids): string[] => {
  const keys: string[] = []
  if (ids.anonymousId) keys.push(`anonymous:${ids.anonymousId}`)
  if (ids.userId) keys.push(`user:${ids.userId}`)
  if (ids.email) keys.push(`email:${ids.email.toLowerCase()}`)
  if (ids.clickId) keys.push(`click:${ids.clickId}`)
  if (ids.previousId) keys.push(`user:${ids.previousId}`, `anonymous:${ids.previousId}`)
  return keys
}

const accountFor = async (payload: Payload, domain: string): Promise<number> => {
  const found = await payload.find({ collection: 'accounts', where: { domain: { equals: domain } }, limit: 1, depth: 0 })
  if (found.docs[0]) return Number(found.docs[0].id)
  try {
    return Number((await payload.create({ collection: 'accounts', data: { name: domain, domain }, depth: 0 })).id)
  } catch (err) {
    // Created meanwhile by another request.
    const again = await payload.find({ collection: 'accounts', where: { domain: { equals: domain } }, limit: 1, depth: 0 })
    if (again.docs[0]) return Number(again.docs[0].id)
    throw err
  }
}

/**
 * Ties what is known about one person together: finds the contacts any of the ids belongs to, merges
 * them into one (the one with an email, else the oldest; identities move, so every event stays theirs),
 * creates one when none exists, records new ids, fills email, name, role and traits, and puts the contact
 * in the account of `accountDomain` or of its email's company domain (free-mail excluded).
 * Returns the contact's id.
 */
export const stitch = async (payload: Payload, ids: Ids, profile: Profile = {}): Promise<number> => {
  const traits = profile.traits ?? {}
  const email = (ids.email ?? str(traits.email))?.toLowerCase()
  const keys = identityKeys({ ...ids, email })
  if (keys.length === 0) throw new Error('stitch: no identity')
  const at = profile.at ?? new Date().toISOString()

  const known = await payload.find({ collection: 'identities', where: { key: { in: keys } }, limit: keys.length * 4, depth: 0, pagination: false })
  const contactIds = [...new Set(known.docs.map((d) => Number(d.contactId)))]
  let contacts: Contact[] = contactIds.length
    ? (await payload.find({ collection: 'contacts', where: { id: { in: contactIds } }, depth: 0, pagination: false, sort: 'id' })).docs
    : []

  let survivor: Contact
  if (contacts.length === 0) {
    survivor = await payload.create({ collection: 'contacts', data: { firstSeenAt: at, lastSeenAt: at }, depth: 0 })
  } else {
    contacts = [...contacts].sort((a, b) => Number(Boolean(b.email)) - Number(Boolean(a.email)) || Number(a.id) - Number(b.id))
    survivor = contacts[0]
    for (const loser of contacts.slice(1)) {
      await payload.update({ collection: 'identities', where: { contactId: { equals: loser.id } }, data: { contactId: Number(survivor.id) }, overrideAccess: true, depth: 0 })
      await payload.delete({ collection: 'contacts', id: loser.id, overrideAccess: true })
      survivor = {
        ...survivor,
        email: survivor.email ?? loser.email,
        name: survivor.name ?? loser.name,
        jobTitle: survivor.jobTitle ?? loser.jobTitle,
        account: survivor.account ?? loser.account,
        traits: { ...((loser.traits as object) ?? {}), ...((survivor.traits as object) ?? {}) },
        firstSeenAt: [survivor.firstSeenAt, loser.firstSeenAt].filter(Boolean).sort()[0] ?? at,
      }
    }
  }

  const have = new Set(known.docs.map((d) => d.key))
  const fresh = keys.filter((k) => !have.has(k))
  await bulkInsert(payload, 'identities', fresh.map((key) => ({ key, contactId: Number(survivor.id) })), { ignoreDuplicates: true })

  const domain = profile.accountDomain ?? companyDomain(email ?? survivor.email)
  const account = survivor.account ?? (domain ? await accountFor(payload, domain) : undefined)
  const emailFree = email && email !== survivor.email ? (await payload.count({ collection: 'contacts', where: { email: { equals: email } } })).totalDocs === 0 : false
  await payload.update({
    collection: 'contacts',
    id: survivor.id,
    overrideAccess: true,
    depth: 0,
    data: {
      email: survivor.email ?? (emailFree ? email : undefined),
      name: survivor.name ?? str(traits.name),
      jobTitle: survivor.jobTitle ?? str(traits.title) ?? str(traits.role),
      account: typeof account === 'object' && account ? account.id : account,
      traits: { ...((survivor.traits as object) ?? {}), ...traits },
      firstSeenAt: survivor.firstSeenAt ?? at,
      lastSeenAt: at > (survivor.lastSeenAt ?? '') ? at : survivor.lastSeenAt,
    },
  })
  return Number(survivor.id)
}
