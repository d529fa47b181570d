import type { Payload } from 'payload'

import { lookbackDays } from '../models/credit'
import { TtlCache } from '../ttl-cache'

export type CreditScope = 'contact' | 'account'
export type CreditRule = { lookbackDays: number; scope: CreditScope }
export type CreditSettings = { halfLifeDays: number; rules: Record<string, CreditRule> }

export const DEFAULT_HALF_LIFE_DAYS = 7

const cache = new TtlCache<'credit', CreditSettings>(1000)

/** How a conversion name is credited: the admin's rule, else the default window over the contact's touches. */
export const ruleFor = (settings: CreditSettings, conversion: string): CreditRule =>
  settings.rules[conversion] ?? { lookbackDays: lookbackDays(conversion), scope: 'contact' }

/** The crediting settings from the attribution-settings global, re-read at most once a second. */
export const creditSettings = async (payload: Payload): Promise<CreditSettings> => {
  const hit = cache.peek('credit')
  if (hit) return hit.value
  const global = await payload.findGlobal({ slug: 'attribution-settings', depth: 0 })
  const rules: Record<string, CreditRule> = {}
  for (const r of global.conversionRules ?? []) rules[r.event] = { lookbackDays: r.lookbackDays, scope: r.scope ?? 'contact' }
  return cache.set('credit', { halfLifeDays: global.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS, rules })
}

/** Drops the cached settings (after this process saved them). */
export const forgetCreditSettings = (): void => {
  cache.clear()
}
