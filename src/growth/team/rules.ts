import type { Payload } from 'payload'

import { TtlCache } from '../../attribution/ttl-cache'
import type { GrowthRule } from '../../payload-types'
import { DEFAULT_RULES } from './default-rules'

const cache = new TtlCache<string, GrowthRule | null>(1000, 1000)

const findRule = async (payload: Payload, key: string): Promise<GrowthRule | null> =>
  (await payload.find({ collection: 'growth-rules', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] ?? null

/** Creates a default rule (seed, or first award of a missing one); a concurrent creator's row wins. */
export const ensureDefaultRule = async (payload: Payload, key: string): Promise<GrowthRule | null> => {
  const defaults = DEFAULT_RULES.find((r) => r.key === key)
  if (!defaults) return null
  const { cap, ...rest } = defaults
  try {
    return await payload.create({ collection: 'growth-rules', data: { ...rest, cap: cap ?? {}, active: true }, overrideAccess: true, context: { seeding: true } })
  } catch (err) {
    const existing = await findRule(payload, key)
    if (existing) return existing
    throw err
  }
}

/** A rule by key, read at most once a second; a missing default rule is created on first use. */
export const ruleByKey = async (payload: Payload, key: string): Promise<GrowthRule | null> => {
  const hit = cache.peek(key)
  if (hit) return hit.value
  const rule = (await findRule(payload, key)) ?? (await ensureDefaultRule(payload, key))
  return cache.set(key, rule)
}

/** Every default rule exists (seed). */
export const ensureDefaultRules = async (payload: Payload): Promise<void> => {
  for (const { key } of DEFAULT_RULES) if (!(await findRule(payload, key))) await ensureDefaultRule(payload, key)
  forgetGrowthRules()
}

export const forgetGrowthRules = (): void => {
  cache.clear()
}
