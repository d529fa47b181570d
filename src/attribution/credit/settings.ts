import type { Payload } from 'payload'

import { lookbackDays } from '../models/credit'
import { attributionSettings } from '../settings'

export type CreditScope = 'contact' | 'account'
export type CreditRule = { lookbackDays: number; scope: CreditScope }
export type CreditSettings = { halfLifeDays: number; rules: Record<string, CreditRule> }

export const DEFAULT_HALF_LIFE_DAYS = 7

/** How a conversion name is credited: the admin's rule, else the default window over the contact's touches. */
export const ruleFor = (settings: CreditSettings, conversion: string): CreditRule =>
  settings.rules[conversion] ?? { lookbackDays: lookbackDays(conversion), scope: 'contact' }

/** The crediting settings from the attribution-settings global (src/attribution/settings.ts). */
export const creditSettings = async (payload: Payload): Promise<CreditSettings> => {
  const global = await attributionSettings(payload)
  const rules: Record<string, CreditRule> = {}
  for (const r of global.conversionRules ?? []) rules[r.event] = { lookbackDays: r.lookbackDays, scope: r.scope ?? 'contact' }
  return { halfLifeDays: global.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS, rules }
}
