import type { Payload } from 'payload'

import { articles } from '../data/articles'
import { ensureContent } from './ensure'
import type { SeedRefs } from './refs'

/** Articles in several formats (article, case study, open class), one left as a draft. */
export const seedArticles = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  for (const article of articles(refs)) await ensureContent(payload, 'articles', article)
}
