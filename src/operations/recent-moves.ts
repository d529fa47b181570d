import type { Payload } from 'payload'

import type { LayerTransition } from '../payload-types'
import type { RecentMove } from './types'

/** How many moves the overview lists. */
export const RECENT_MOVES = 20

const idOf = (v: unknown): number | null => (v == null ? null : typeof v === 'object' ? Number((v as { id: unknown }).id) : Number(v))

/** What moved a subject: "event sdk_integrated", "conversion lead", "recompute", "dormancy". */
export const triggerText = (t: Pick<LayerTransition, 'triggerKind' | 'triggerEvent'>): string =>
  [t.triggerKind ?? 'recompute', t.triggerKind === 'event' || t.triggerKind === 'conversion' ? t.triggerEvent : null].filter(Boolean).join(' ')

/** The latest layer transitions (contacts by email, accounts by domain), newest first. */
export const recentMoves = async (payload: Payload, limit = RECENT_MOVES): Promise<RecentMove[]> => {
  const { docs } = await payload.find({
    collection: 'layer-transitions',
    sort: ['-at', '-id'],
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { subjectType: true, contact: true, account: true, fromLayer: true, toLayer: true, at: true, triggerKind: true, triggerEvent: true },
  })
  const contactIds = [...new Set(docs.map((t) => idOf(t.contact)).filter((id): id is number => id != null))]
  const accountIds = [...new Set(docs.map((t) => idOf(t.account)).filter((id): id is number => id != null))]
  const [contacts, accounts] = await Promise.all([
    contactIds.length ? payload.find({ collection: 'contacts', where: { id: { in: contactIds } }, pagination: false, depth: 0, overrideAccess: true, select: { email: true } }) : null,
    accountIds.length ? payload.find({ collection: 'accounts', where: { id: { in: accountIds } }, pagination: false, depth: 0, overrideAccess: true, select: { domain: true, name: true } }) : null,
  ])
  const emails = new Map((contacts?.docs ?? []).map((c) => [Number(c.id), c.email ?? null]))
  const domains = new Map((accounts?.docs ?? []).map((a) => [Number(a.id), a.domain || a.name || null]))
  return docs.map((t) => {
    const subject = t.subjectType === 'account' ? 'account' : 'contact'
    const id = subject === 'account' ? idOf(t.account) : idOf(t.contact)
    const who = (id != null ? (subject === 'account' ? domains.get(id) : emails.get(id)) : null) ?? `${subject} #${id ?? '?'}`
    return { at: new Date(t.at).toISOString(), subject, who, from: t.fromLayer ?? null, to: t.toLayer ?? '', trigger: triggerText(t) }
  })
}
