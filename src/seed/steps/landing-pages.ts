import type { Payload } from 'payload'

import { landingPages } from '../data/landing-pages'
import { ensureContent } from './ensure'
import type { SeedRefs } from './refs'

/** Landing pages built only from standard components; two belong to a campaign. */
export const seedLandingPages = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  for (const page of landingPages(refs)) await ensureContent(payload, 'landing-pages', page)
}
