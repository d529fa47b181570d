import type { Payload } from 'payload'

import { creditSettings } from '../attribution/credit/settings'
import { rebuildClickRollups } from '../attribution/rollups/click-rollups'
import { rebuildCreditRollups } from '../attribution/rollups/credit-rollups'
import { querySql, sqlEngine, transaction } from '../db/raw-sql'
import { loadLayerConfig } from '../growth/layers/config'
import { queueCrediting } from '../growth/layers/recompute'
import { award } from '../growth/team/ledger'
import { seed } from '../seed'
import { DEMO_SOURCE } from '../seed/steps/tracking'
import { createCatalog, DEMO_DATA_SOURCE, type LinkInfo } from './catalog'
import { fillAnonymous } from './anonymous'
import type { GenContext, Group } from './context'
import { generateGroup } from './group'
import { companyName, SIZES } from './people'
import { placeStandings } from './place'
import { dice, random } from './random'
import { bufferedWriter, idAllocator } from './writer'

export { DEMO_DATA_SOURCE } from './catalog'

const DAY = 86_400_000
export const DEFAULT_DEMO_EVENTS = 20_000
export const MAX_DEMO_EVENTS = 10_000_000

export type DemoOptions = {
  /** Same seed and size (and `now`): the same data set. */
  seed?: number
  /** Rows in `events` the demo adds (contacts ≈ events / 10, clicks ≈ events / 5). */
  events?: number
  /** The end of the 90 days the data covers. */
  now?: Date
  /** Progress in events written of `events` (the finishing steps count as the last 10 %). */
  onProgress?: (done: number, total: number) => void
}

export type DemoResult = {
  seed: number
  events: number
  accounts: number
  contacts: number
  humanClicks: number
  botClicks: number
  conversions: number
  credits: number
  deliveries: number
  transitions: number
  transitionCredits: number
  /** Subjects whose replayed history did not end where the real placement put them (a transition at `now` fixes each). */
  corrections: number
  content: number
  distributions: number
  ms: number
}

/** A request the generator turns down (MongoDB, demo data already there, a bad size): the CLI prints the message. */
export class DemoRefused extends Error {}

/** Whether the database has the demo data set already (its source exists). */
export const demoPresent = async (payload: Payload): Promise<boolean> =>
  (await payload.count({ collection: 'sources', where: { name: { equals: DEMO_DATA_SOURCE } }, overrideAccess: true })).totalDocs > 0

const seeded = async (payload: Payload) =>
  (await payload.count({ collection: 'sources', where: { name: { equals: DEMO_SOURCE } }, overrideAccess: true })).totalDocs > 0 &&
  (await payload.count({ collection: 'users', where: { email: { equals: 'admin@flywheel.demo' } }, overrideAccess: true })).totalDocs > 0

/**
 * A realistic B2B data set on top of the demo seed (run first when it has not been): accounts and
 * contacts across the industries, their visits, clicks, key behaviours and conversions over the last
 * 90 days, newsletters sent to them, attribution credits under the six models (the real model code over
 * each person's generated touches), their growth-layer history replayed through the real rules (so the
 * layer sizes grow over the 90 days and a recompute afterwards moves nothing), the credits of the
 * contacts' upward moves (the accounts' are left to the queued creditTransitions job), the rollups and
 * the marketer's growth for the sends. Bulk-loaded with raw SQL, rows written with explicit ids;
 * SQLite and PostgreSQL only. Refuses a database that has the demo data already.
 */
export const generateDemo = async (payload: Payload, options: DemoOptions = {}): Promise<DemoResult> => {
  const started = performance.now()
  const engine = sqlEngine(payload)
  if (!engine) throw new DemoRefused(`The demo data set is bulk-loaded with SQL: run it on SQLite or PostgreSQL (DATABASE_URI), not ${payload.db.name}`)
  const events = options.events ?? DEFAULT_DEMO_EVENTS
  if (!Number.isInteger(events) || events < 1000 || events > MAX_DEMO_EVENTS) throw new DemoRefused(`events must be a whole number from 1000 to ${MAX_DEMO_EVENTS} (got ${options.events})`)
  const seedNumber = options.seed ?? 1
  if (!Number.isInteger(seedNumber)) throw new DemoRefused(`seed must be a whole number (got ${options.seed})`)
  if (await demoPresent(payload)) throw new DemoRefused(`This database already has the demo data set (source "${DEMO_DATA_SOURCE}"); generate it on a fresh database (another DATABASE_URI)`)
  if (!(await seeded(payload))) await seed(payload)

  const now = (options.now ?? new Date()).getTime()
  const d = dice(random(seedNumber))
  const catalog = await createCatalog(payload, d, now)
  const ids = await idAllocator(payload, ['accounts', 'contacts', 'conversions', 'deliveries', 'layer_transitions'])
  const firstIds = { contact: ids.peek('contacts'), account: ids.peek('accounts') }
  const w = bufferedWriter(payload, ['accounts', 'contacts', 'identities', 'layer-transitions', 'transition-credits', 'events', 'clicks', 'conversions', 'attribution-credits', 'deliveries'])
  const ctx: GenContext = {
    d, now, start: now - 90 * DAY, config: await loadLayerConfig(payload), credit: await creditSettings(payload), catalog, ids, w,
    seq: { event: 0, click: 0 }, sent: new Map(), replayed: new Map(),
    stats: { events: 0, humanClicks: 0, botClicks: 0, conversions: 0, credits: 0, transitions: 0, transitionCredits: 0, deliveries: 0, contacts: 0 },
  }
  const report = (done: number) => options.onProgress?.(Math.min(done, events), Math.round(events / 0.9))

  // Accounts by a skewed size distribution until they hold ~95 % of the people; the rest use free mail.
  const people = Math.max(10, Math.round(events / 10))
  const groups: Group[] = []
  let placed = 0
  while (placed < people * 0.95) {
    const size = d.weighted(SIZES.map((s) => [s, s.weight] as const))
    const count = Math.min(Math.max(1, Math.round(size.people * (0.5 + d.rnd()))), Math.ceil(people * 0.95) - placed)
    const industry = d.pick(catalog.industries)
    const id = ids.take('accounts')
    const { name, domain } = companyName(d, industry.slug, id)
    w.push('accounts', { id, name, domain, industryId: industry.id, size: size.size, keyAccount: size.size === '1000+' && d.chance(0.5) })
    groups.push({ accountId: id, domain, size, people: count })
    placed += count
  }
  for (let left = people - placed; left > 0; left -= 10) groups.push({ accountId: null, domain: null, size: SIZES[0], people: Math.min(10, left) })
  await w.flush(true)

  for (const group of groups) {
    generateGroup(ctx, group)
    await w.flush()
    report(ctx.stats.events)
  }
  // Social posts and the partner feed: one placement per distribution and channel.
  for (const dist of catalog.distributions) {
    for (const channel of dist.channels.filter((c) => c.slug !== 'growth-newsletter')) {
      const id = ids.take('deliveries')
      w.push('deliveries', {
        id, sendKey: `${dist.id}:${channel.id}:0:placement`, distributionId: dist.id, channelId: channel.id, occurrence: 0, contactId: null, email: null, status: 'sent',
        dueAt: new Date(dist.sentAt).toISOString(), attempts: 1, claimedAt: null, lastError: null, messageId: null, sentAt: new Date(dist.sentAt).toISOString(),
        openedAt: null, clickedAt: null, unsubscribedAt: null, bouncedAt: null, placement: { channel: channel.slug }, postedAt: new Date(dist.sentAt + 30 * 60_000).toISOString(),
        postedUrl: `https://social.example.com/posts/${id}`,
      })
      ctx.stats.deliveries++
      ctx.sent.set(dist.id, (ctx.sent.get(dist.id) ?? 0) + 1)
    }
  }
  const emailLinks = catalog.distributions.map((x) => x.link).filter((l): l is LinkInfo => l !== null)
  await fillAnonymous(ctx, { events, clicks: Math.round(events / 5), visitors: people * 3, emailLinks, progress: () => report(ctx.stats.events) })
  await w.flush(true)

  // Explicit ids went in: PostgreSQL's sequences move past them before anything else inserts.
  for (const s of ids.sequences()) await querySql(payload, s.sql, s.args)
  for (const [id, sent] of ctx.sent) await querySql(payload, 'UPDATE distributions SET sent_count = ?, total_count = ?, failed_count = 0 WHERE id = ?', [sent, sent, id])
  const corrections = await placeStandings(payload, engine, ctx, { contact: firstIds.contact, account: firstIds.account })
  report(events + Math.round(events * 0.05))
  await transaction(payload, [...rebuildCreditRollups(engine), ...rebuildClickRollups(engine)])
  // The marketer's growth for the sent distributions, as the send job's hook grants it.
  for (const dist of catalog.distributions) {
    await award(payload, { user: catalog.marketer, rule: 'distribution.sent', source: `distributions:${dist.id}`, detail: 'sent', at: new Date(dist.sentAt + 20 * 60_000) })
  }
  // Accounts' moves are credited in the background, as after a full recompute.
  await queueCrediting(payload)
  report(Math.round(events / 0.9))
  const s = ctx.stats
  return {
    seed: seedNumber, events: s.events, accounts: groups.filter((g) => g.accountId !== null).length, contacts: s.contacts, humanClicks: s.humanClicks, botClicks: s.botClicks,
    conversions: s.conversions, credits: s.credits, deliveries: s.deliveries, transitions: s.transitions + corrections, transitionCredits: s.transitionCredits, corrections,
    content: catalog.content.length, distributions: catalog.distributions.length, ms: Math.round(performance.now() - started),
  }
}
