import type { Payload } from 'payload'

import { siteUrl } from '../../env/site-url'
import { TtlCache } from '../ttl-cache'

const cache = new TtlCache<'domains', string[]>(1000)

/**
 * The allowed destination domains (the admin's list plus the site's own host), re-read at most once a
 * second, so an edit reaches every server within a second.
 */
export const allowedDomains = async (payload: Payload): Promise<string[]> => {
  const hit = cache.peek('domains')
  if (hit) return hit.value
  const settings = await payload.findGlobal({ slug: 'attribution-settings', depth: 0 })
  return cache.set('domains', [siteUrl().hostname, ...(settings.allowedDomains ?? []).map((d) => d.domain)])
}

/** Drops the cached list (after this process saved the settings). */
export const forgetAllowedDomains = (): void => {
  cache.clear()
}
