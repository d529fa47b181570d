import type { Payload } from 'payload'

import { conditionRows, DEFAULT_LAYERS, DEFAULT_RULES } from './defaults'

/**
 * A database without any growth layer gets the default set with its rules (the seed adds
 * descriptions and Chinese names). Once any layer exists nothing is added: an admin who deleted one
 * meant it. Returns how many it created.
 */
export const ensureDefaultLayers = async (payload: Payload): Promise<number> => {
  if ((await payload.count({ collection: 'growth-layers' })).totalDocs > 0) return 0
  for (const layer of DEFAULT_LAYERS) {
    const rule = DEFAULT_RULES[layer.slug]
    await payload.create({
      collection: 'growth-layers',
      data: { ...layer, match: rule.match, overrides: Boolean(rule.overrides), conditions: conditionRows(rule.conditions) },
      // The caller is about to recompute anyway.
      context: { skipGrowth: true },
      depth: 0,
    })
  }
  return DEFAULT_LAYERS.length
}
