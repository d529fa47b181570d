import type { Payload } from 'payload'

import { channels, contacts, distributions } from '../data/distribution'
import { ensureByKey, SEEDING } from './ensure'
import type { SeedRefs } from './refs'

/** Demo channels of every kind, a few subscribers and a scheduled weekly digest (sent on Mondays). */
export const seedDistribution = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  for (const contact of contacts(refs)) await ensureByKey(payload, 'contacts', 'email', contact)
  for (const channel of channels) await ensureByKey(payload, 'channels', 'slug', channel)
  const found = await payload.find({ collection: 'channels', pagination: false, depth: 0, select: { slug: true } })
  const ids = new Map(found.docs.map((c) => [c.slug, Number(c.id)]))
  const channelId = (slug: string) => ids.get(slug) ?? Number.NaN
  for (const d of distributions(refs, channelId)) {
    if ((await payload.count({ collection: 'distributions', where: { title: { equals: d.title } } })).totalDocs) continue
    // The status hooks run for seeds too: scheduling sets its first run and queues its send job.
    await payload.create({ collection: 'distributions', data: d, depth: 0, context: { ...SEEDING } })
  }
}
