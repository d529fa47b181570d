import type { Payload } from 'payload'

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
