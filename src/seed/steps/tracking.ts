import type { Payload } from 'payload'

import type { DemoCredentials } from '../credentials'

import { ALLOWED_DOMAINS, trackedLinks } from '../data/tracked-links'
import { ensureByKey, SEEDING } from './ensure'
import type { SeedRefs } from './refs'

/** The destination allow-list (kept when an admin has set one) and the demo tracked links. */
export const seedTracking = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  const settings = await payload.findGlobal({ slug: 'attribution-settings', depth: 0 })
  if (!settings.allowedDomains?.length) {
    await payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: ALLOWED_DOMAINS.map((domain) => ({ domain })) }, context: SEEDING })
  }
  for (const link of trackedLinks(refs)) await ensureByKey(payload, 'tracked-links', 'code', link)
}

export const DEMO_SOURCE = 'Demo website'

/** The demo website source (keys generated once, kept on later seeds) and its keys for the credentials file. */
export const seedSource = async (payload: Payload): Promise<NonNullable<DemoCredentials['source']>> => {
  const found = await payload.find({ collection: 'sources', where: { name: { equals: DEMO_SOURCE } }, limit: 1, depth: 0 })
  const source = found.docs[0] ?? (await payload.create({ collection: 'sources', data: { name: DEMO_SOURCE, kind: 'website' }, context: SEEDING }))
  return { writeKey: source.writeKey!, secretKey: source.secretKey! }
}
