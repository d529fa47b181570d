import type { Payload } from 'payload'

import { relationId } from '../../fields/relation-id'
import { KEY_ACCOUNT_DOMAINS, PLAYBOOKS } from '../data/playbooks'
import { SEEDING } from './ensure'
import type { SeedRefs } from './refs'

/** A playbook per layer, unless the layer has one (an edited playbook stays). */
const seedLayerPlaybooks = async (payload: Payload, refs: SeedRefs) => {
  const channels = (await payload.find({ collection: 'channels', pagination: false, depth: 0, select: { slug: true } })).docs
  const channelId = (slug: string) => {
    const channel = channels.find((c) => c.slug === slug)
    if (!channel) throw new Error(`seed: no channel "${slug}"; seed the distribution step first`)
    return Number(channel.id)
  }
  for (const p of PLAYBOOKS) {
    const [layer] = refs.layers(p.layer)
    if ((await payload.count({ collection: 'playbooks', where: { layer: { equals: layer } } })).totalDocs > 0) continue
    await payload.create({
      collection: 'playbooks',
      data: {
        name: p.name,
        layer,
        goal: p.goal,
        recommendedContent: p.content.map(([collection, slug]) => ({ relationTo: collection, value: refs.content(collection, slug) })),
        channels: p.channels.map(channelId),
        cadence: p.cadence,
      },
      context: SEEDING,
      depth: 0,
    })
  }
}

/** Marks the demo key accounts and makes each industry's highest earner among them its benchmark (unless one is set). */
const seedKeyAccounts = async (payload: Payload) => {
  await payload.update({ collection: 'accounts', where: { domain: { in: KEY_ACCOUNT_DOMAINS } }, data: { keyAccount: true }, context: SEEDING, depth: 0 })
  const keyAccounts = (await payload.find({ collection: 'accounts', where: { keyAccount: { equals: true } }, sort: ['-revenueToDate', 'name'], pagination: false, depth: 0 })).docs
  const industries = (await payload.find({ collection: 'industries', pagination: false, depth: 0 })).docs
  for (const industry of industries) {
    if (industry.benchmarkAccount) continue
    const best = keyAccounts.find((a) => relationId(a.industry) === Number(industry.id))
    if (best) await payload.update({ collection: 'industries', id: industry.id, data: { benchmarkAccount: best.id }, context: SEEDING, depth: 0 })
  }
}

/**
 * Layered operations: a playbook per growth layer and the key accounts with a benchmark customer per
 * industry. Runs last: it points at content, channels (distribution step) and the placed accounts
 * (growth-layers step, whose recompute sets revenue to date).
 */
export const seedPlaybooks = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  await seedLayerPlaybooks(payload, refs)
  await seedKeyAccounts(payload)
}
