import type { Payload } from 'payload'

import { CONTENT_COLLECTIONS } from '../../content/content-collection'
import { relationIds } from '../../fields/relation-id'
import { creditKudos, kudosWeight } from '../../growth/team/kudos'
import { award } from '../../growth/team/ledger'
import { ensureDefaultRules } from '../../growth/team/rules'
import { MEDALS, TASKS, TEAMS } from '../data/team-growth'
import type { SeedRefs } from './refs'

const DAY = 86_400_000
const SEEDING = { seeding: true, skipGrowth: true }

/** Rules, medals and tasks exist once (by key, slug and title). */
const seedDefinitions = async (payload: Payload) => {
  await ensureDefaultRules(payload)
  for (const medal of MEDALS) {
    if ((await payload.count({ collection: 'medals', where: { slug: { equals: medal.slug } } })).totalDocs) continue
    await payload.create({ collection: 'medals', data: medal, context: SEEDING })
  }
  for (const task of TASKS) {
    if ((await payload.count({ collection: 'growth-tasks', where: { title: { equals: task.title } } })).totalDocs) continue
    await payload.create({ collection: 'growth-tasks', data: { scope: 'total', period: 'none', ...task }, context: SEEDING })
  }
}

/**
 * The demo team's growth, earned through `award` from real seeded sources: each published content
 * item for its authors, reviews of it for the reviewer, the seeded distributions for the marketer,
 * lead conversions credited to white papers, and kudos between colleagues. Spread over the last weeks
 * so there are levels, medals, a weekly ranking and open and completed tasks. Idempotent: the rules
 * are non-repeatable per source, and kudos exist once per giver and item.
 */
export const seedTeamGrowth = async (payload: Payload, refs: SeedRefs): Promise<void> => {
  await seedDefinitions(payload)
  for (const [role, team] of Object.entries(TEAMS)) {
    await payload.update({ collection: 'users', id: refs.user(role as keyof typeof TEAMS), data: team, context: SEEDING })
  }
  const now = Date.now()
  let step = 0
  // One entry every 7 hours back from now: under each rule's daily cap, within the demotion window.
  const nextAt = () => new Date(now - 3_600_000 - 7 * 3_600_000 * step++)
  const reviewer = refs.user('reviewer')
  const published: { collection: string; id: number; authors: number[] }[] = []
  for (const collection of CONTENT_COLLECTIONS) {
    const { docs } = await payload.find({ collection, where: { _status: { equals: 'published' } }, depth: 0, pagination: false, sort: 'id' })
    for (const doc of docs as { id: number; authors?: unknown[] | null }[]) published.push({ collection, id: doc.id, authors: relationIds(doc.authors) })
  }
  for (const [i, item] of published.entries()) {
    const at = nextAt()
    for (const author of item.authors) await award(payload, { user: author, rule: 'content.published', source: `${item.collection}:${item.id}`, actor: reviewer, at })
    // The latest five reviews fall in the last hours (this week, mostly), so the weekly review task completes.
    await award(payload, { user: reviewer, rule: 'review.completed', source: `${item.collection}:${item.id}`, at: i < 5 ? new Date(now - (i + 1) * 60_000) : at })
  }
  const marketer = refs.user('marketer')
  const { docs: distributions } = await payload.find({ collection: 'distributions', depth: 0, pagination: false, sort: 'id', select: { title: true } })
  for (const d of distributions) await award(payload, { user: marketer, rule: 'distribution.sent', source: `distributions:${d.id}`, at: nextAt() })
  // Lead conversions credited to the white papers: the "50 leads" task stays open at 12 of 50.
  const papers = published.filter((p) => p.collection === 'white-papers')
  let conversion = 0
  for (const [i, paper] of papers.entries()) {
    for (let n = 0; n < Math.max(2, 12 - i * 3); n++) {
      conversion++
      for (const author of paper.authors) await award(payload, { user: author, rule: 'conversion.credited', source: `conversions:seed-${conversion}#white-papers:${paper.id}`, detail: 'lead', at: new Date(now - (conversion % 20) * DAY - 1000) })
    }
  }
  // Kudos from colleagues on published items they did not write.
  const givers = [refs.user('admin'), refs.user('reviewer'), marketer, refs.user('editor')]
  for (const item of published.slice(0, 8)) {
    for (const giver of givers) {
      if (item.authors.includes(giver)) continue
      const dedupeKey = `${giver}:${item.collection}:${item.id}`
      if ((await payload.count({ collection: 'kudos', where: { dedupeKey: { equals: dedupeKey } } })).totalDocs) continue
      const user = await payload.findByID({ collection: 'users', id: giver, depth: 0 })
      const weight = await kudosWeight(payload, user)
      const kudos = await payload.create({ collection: 'kudos', data: { giver, item: { relationTo: item.collection as 'articles', value: item.id }, weight, dedupeKey }, context: SEEDING })
      await creditKudos(payload, { id: kudos.id, giver, authors: item.authors, weight, at: new Date(kudos.createdAt) })
    }
  }
}
