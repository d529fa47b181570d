import type { Payload } from 'payload'

import { siteUrl } from '../../env/site-url'

const TTL_MS = 1000
let cached: { domains: string[]; until: number } | undefined

/**
 * The allowed destination domains (the admin's list plus the site's own host), re-read at most once a
 * second, so an edit reaches every server within a second.
 */
export const allowedDomains = async (payload: Payload): Promise<string[]> => {
  if (cached && cached.until > Date.now()) return cached.domains
  const settings = await payload.findGlobal({ slug: 'attribution-settings', depth: 0 })
  const domains = [siteUrl().hostname, ...(settings.allowedDomains ?? []).map((d) => d.domain)]
  cached = { domains, until: Date.now() + TTL_MS }
  return domains
}

/** Drops the cached list (after this process saved the settings). */
export const forgetAllowedDomains = (): void => {
  cached = undefined
}
