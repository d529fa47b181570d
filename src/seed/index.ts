import type { Payload } from 'payload'

import { readCredentials, writeCredentials, type DemoCredentials } from './credentials'
import { seedArticles } from './steps/articles'
import { seedCampaigns } from './steps/campaigns'
import { seedDistribution } from './steps/distribution'
import { seedGrowthLayers } from './steps/growth-layers'
import { seedGuides } from './steps/guides'
import { seedLandingPages } from './steps/landing-pages'
import { seedMedia } from './steps/media'
import { seedPlaybooks } from './steps/playbooks'
import { seedProductCopy } from './steps/product-copy'
import { loadRefs } from './steps/refs'
import { seedTaxonomy } from './steps/taxonomy'
import { seedTeamGrowth } from './steps/team-growth'
import { seedSource, seedTracking } from './steps/tracking'
import { seedUsers } from './steps/users'
import { seedWhitePapers } from './steps/white-papers'

/** Demo data, step by step; each step is idempotent so the seed can run again. */
export const seed = async (payload: Payload): Promise<DemoCredentials> => {
  const credentials = await seedUsers(payload, readCredentials())
  await seedMedia(payload)
  await seedTaxonomy(payload)
  // Content points at users, media and taxonomy by name; later steps at content seeded before them.
  const refs = await loadRefs(payload)
  await seedWhitePapers(payload, refs)
  await seedGuides(payload, refs)
  await seedProductCopy(payload, refs)
  await seedArticles(payload, refs)
  await seedCampaigns(payload, await loadRefs(payload))
  await seedLandingPages(payload, await loadRefs(payload))
  await seedTracking(payload, await loadRefs(payload))
  await seedGrowthLayers(payload, await loadRefs(payload))
  await seedDistribution(payload, await loadRefs(payload))
  await seedPlaybooks(payload, await loadRefs(payload))
  // The team's growth is earned from the content, reviews and distributions seeded above.
  await seedTeamGrowth(payload, await loadRefs(payload))
  const withSource = { ...credentials, source: await seedSource(payload) }
  writeCredentials(withSource)
  return withSource
}
