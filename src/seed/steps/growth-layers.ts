import type { Payload } from 'payload'

import { bulkInsert } from '../../attribution/buffer/bulk-insert'
import { stitch } from '../../attribution/identity/stitch'
import { conditionRows, DEFAULT_RULES } from '../../growth/layers/defaults'
import { recomputeLayers } from '../../growth/layers/recompute'
import { LAYER_ACCOUNTS, type SeedPerson } from '../data/growth-layers'
import { ensureByKey, SEEDING } from './ensure'
import type { SeedRefs } from './refs'
import { seedSource } from './tracking'

const DAY = 86_400_000

/** The default rules on the seeded layers, unless a layer has conditions already (an admin's edit stays). */
const ensureRules = async (payload: Payload) => {
  const { docs } = await payload.find({ collection: 'growth-layers', where: { slug: { in: Object.keys(DEFAULT_RULES) } }, pagination: false, depth: 0 })
  for (const layer of docs) {
    const rule = DEFAULT_RULES[layer.slug ?? '']
    if (!rule || layer.conditions?.length) continue
    await payload.update({ collection: 'growth-layers', id: layer.id, data: { match: rule.match, overrides: Boolean(rule.overrides), conditions: conditionRows(rule.conditions) }, context: SEEDING, depth: 0 })
  }
}

/** A person's identities, events and purchases; keys are stable, so a second seed stores nothing twice. */
const seedPerson = async (payload: Payload, sourceId: number, domain: string, person: SeedPerson, now: number) => {
  const handle = person.email.split('@')[0]
  const anonymousId = `seed-${handle}-${domain}`
  const userId = `seed-user-${handle}-${domain}`
  const contactId = await stitch(payload, { anonymousId, userId, email: person.email }, { traits: { name: person.name }, accountDomain: domain })
  const at = (i: number) => new Date(now - ((person.daysAgo ?? 2) + i * 0.5) * DAY).toISOString()
  const event = (i: number, type: 'track' | 'page', name: string | null) => ({
    dedupeKey: `${sourceId}:seed-${anonymousId}-${i}`, at: at(i), receivedAt: at(i), sourceId, messageId: `seed-${anonymousId}-${i}`, type, event: name,
    anonymousId, userId, previousId: null, clickId: null, utmSource: null, utmMedium: null, utmCampaign: null, utmTerm: null, utmContent: null,
    pageUrl: `https://flywheel.example/${name ?? 'products'}`, referrer: null, visitorId: null, channelGroup: null, properties: null, traits: null,
  })
  await bulkInsert(payload, 'events', [event(0, 'page', null), ...person.events.map((name, i) => event(i + 1, 'track', name))], { ignoreDuplicates: true })
  const purchases = (person.purchases ?? []).map((revenue, i) => ({
    dedupeKey: `${sourceId}:seed-order-${anonymousId}-${i}`, sourceId, idempotencyKey: `seed-order-${anonymousId}-${i}`, event: 'purchase', at: at(i),
    clickId: null, anonymousId, userId, email: person.email, accountDomain: domain, revenue, currency: 'USD', properties: null, contactId,
  }))
  await bulkInsert(payload, 'conversions', purchases, { ignoreDuplicates: true })
}

/**
 * Demo contacts and accounts in every growth layer and paying sub-tier (src/seed/data/growth-layers.ts):
 * their events and purchases stored as the tracking routes would, then one full recompute places them.
 * Runs after the taxonomy (the layers) and tracking steps.
 */
export const seedGrowthLayers = async (payload: Payload, refs: Pick<SeedRefs, 'industries'>): Promise<void> => {
  await ensureRules(payload)
  const source = (await payload.find({ collection: 'sources', where: { writeKey: { equals: (await seedSource(payload)).writeKey } }, limit: 1, depth: 0 })).docs[0]
  const now = Date.now()
  for (const account of LAYER_ACCOUNTS) {
    await ensureByKey(payload, 'accounts', 'domain', { name: account.name, domain: account.domain, industry: refs.industries(account.industry)[0] })
    for (const person of account.people) await seedPerson(payload, Number(source.id), account.domain, person, now)
  }
  await recomputeLayers(payload)
}
