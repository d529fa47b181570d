import type { Payload } from 'payload'

import type { AttributionSetting } from '../payload-types'
import { TtlCache } from './ttl-cache'

const cache = new TtlCache<'settings', AttributionSetting>(1000)

/**
 * The attribution-settings global, re-read at most once a second: the allow-list of the redirect and
 * the crediting rules both come from here, so an edit reaches every server within a second.
 */
export const attributionSettings = async (payload: Payload): Promise<AttributionSetting> =>
  cache.peek('settings')?.value ?? cache.set('settings', await payload.findGlobal({ slug: 'attribution-settings', depth: 0 }))

/** Drops the cached settings (after this process saved them). */
export const forgetAttributionSettings = (): void => {
  cache.clear()
}
