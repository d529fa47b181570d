import type { Payload } from 'payload'

import { siteUrl } from '../../env/site-url'
import { attributionSettings } from '../settings'

/** The allowed destination domains: the admin's list plus the site's own host. */
export const allowedDomains = async (payload: Payload): Promise<string[]> => [
  siteUrl().hostname,
  ...((await attributionSettings(payload)).allowedDomains ?? []).map((d) => d.domain),
]
