import type { Payload } from 'payload'

import { campaigns } from '../data/campaigns'
import { ensureByKey } from './ensure'
import type { SeedRefs } from './refs'

/** Campaigns keyed by their utm_campaign key, each promoting content seeded before. */
export const seedCampaigns = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  for (const { promotes, ...campaign } of campaigns(refs)) {
    const content = promotes.map(({ relationTo, slug }) => ({ relationTo, value: refs.content(relationTo, slug) }))
    await ensureByKey(payload, 'campaigns', 'key', { ...campaign, content })
  }
}
