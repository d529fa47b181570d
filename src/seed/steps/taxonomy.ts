import type { Payload } from 'payload'

import { GROWTH_LAYERS, INDUSTRIES, PRODUCTS } from '../data/taxonomy'
import { ensureByKey } from './ensure'

/** The eight default industries, the products and the growth layers, in English and Chinese. */
export const seedTaxonomy = async (payload: Payload): Promise<void> => {
  for (const { slug, name } of INDUSTRIES) {
    await ensureByKey(payload, 'industries', 'slug', { slug, name: name.en }, { name: name.zh })
  }
  for (const { slug, name, currentVersion } of PRODUCTS) {
    await ensureByKey(payload, 'products', 'slug', { slug, name: name.en, currentVersion }, { name: name.zh })
  }
  for (const { slug, rank, name, description } of GROWTH_LAYERS) {
    await ensureByKey(
      payload,
      'growth-layers',
      'slug',
      { slug, rank, name: name.en, description: description.en },
      { name: name.zh, description: description.zh },
    )
  }
}
