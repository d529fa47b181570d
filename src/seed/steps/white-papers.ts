import type { Payload } from 'payload'

import { whitePapers } from '../data/white-papers'
import { ensureContent } from './ensure'
import type { SeedRefs } from './refs'

/** White papers with body, layout, cover, PDF and taxonomy; two with Chinese titles. */
export const seedWhitePapers = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  for (const paper of whitePapers(refs)) await ensureContent(payload, 'white-papers', paper)
}
