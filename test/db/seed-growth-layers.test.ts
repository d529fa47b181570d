import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { SUB_TIERS } from '../../src/growth/layers/rules'
import { GROWTH_LAYERS } from '../../src/seed/data/taxonomy'
import { seedGrowthLayers } from '../../src/seed/steps/growth-layers'
import { loadRefs } from '../../src/seed/steps/refs'
import { seedTaxonomy } from '../../src/seed/steps/taxonomy'
import { bootPayload } from '../helpers/boot'

type Booted = Awaited<ReturnType<typeof bootPayload>>

/** The seed's growth-layer step (src/seed/steps/growth-layers.ts, part of `npm run seed`). */
describe('seeded growth layers', () => {
  let booted: Booted
  beforeAll(async () => {
    booted = await bootPayload()
  })
  afterAll(async () => booted?.close())

  /** How many contacts or accounts stand in each layer and paying sub-tier. */
  const census = async (collection: 'contacts' | 'accounts') => {
    const { docs } = await booted.payload.find({ collection, pagination: false, depth: 1 })
    const count = (values: (string | null | undefined)[]) => values.reduce<Record<string, number>>((acc, v) => (v ? { ...acc, [v]: (acc[v] ?? 0) + 1 } : acc), {})
    return {
      layers: count(docs.map((d) => (d.layer && typeof d.layer === 'object' ? d.layer.slug : null))),
      tiers: count(docs.map((d) => d.subTier)),
    }
  }

  it('puts contacts and accounts in every layer and every paying sub-tier, and a second run changes nothing', async () => {
    const { payload } = booted
    await seedTaxonomy(payload)
    await seedGrowthLayers(payload, await loadRefs(payload))
    for (const collection of ['contacts', 'accounts'] as const) {
      const { layers, tiers } = await census(collection)
      for (const { slug } of GROWTH_LAYERS) expect(layers[slug], `${collection} in ${slug}`).toBeGreaterThan(0)
      for (const tier of SUB_TIERS) expect(tiers[tier], `${collection} in ${tier}`).toBeGreaterThan(0)
    }
    const transitions = (await payload.count({ collection: 'layer-transitions' })).totalDocs
    const events = (await payload.count({ collection: 'events' })).totalDocs
    await seedGrowthLayers(payload, await loadRefs(payload))
    expect((await payload.count({ collection: 'layer-transitions' })).totalDocs).toBe(transitions)
    expect((await payload.count({ collection: 'events' })).totalDocs).toBe(events)
  })
})
