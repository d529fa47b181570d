import type { Payload } from 'payload'

import { relationId } from '../fields/relation-id'
import type { ContentCollection } from '../content/content-collection'
import { INDUSTRIES, type IndustrySlug } from '../seed/data/taxonomy'
import { DEMO_SOURCE } from '../seed/steps/tracking'
import { loadRefs } from '../seed/steps/refs'
import { createDemoContent, type DemoContent } from './content'
import type { Dice } from './random'

const DAY = 86_400_000

/** The source the generated product events and conversions come from; its presence marks a database that has demo data. */
export const DEMO_DATA_SOURCE = 'Demo product app (generated data)'

/** Context of the generator's own Local API writes: no workflow walk, no send jobs, no growth side effects. */
export const DEMO_CONTEXT = { seeding: true, skipGrowth: true, distributionInternal: true } as const

export type LinkInfo = {
  id: number
  code: string
  campaignKey: string | null
  channel: string
  contentType: ContentCollection | null
  contentId: number | null
  utm: { source: string | null; medium: string | null; campaign: string | null }
  /** When people click it: [from, to) in ms. */
  from: number
  to: number
  distributionId: number | null
}
export type SentDistribution = { id: number; sentAt: number; email: boolean; link: LinkInfo | null; channels: { id: number; slug: string }[] }
export type Catalog = {
  websiteSourceId: number
  appSourceId: number
  industries: { id: number; slug: IndustrySlug }[]
  campaigns: { key: string; startsAt: number; endsAt: number }[]
  content: DemoContent[]
  /** Links people find on their own (campaign placements, posts, booths, feeds). */
  links: LinkInfo[]
  distributions: SentDistribution[]
  marketer: number
}

const CHANNELS = [
  { name: 'WeChat official account', slug: 'wechat-official-account', kind: 'social', social: { network: 'wechat', account: 'FlywheelDemo' }, cost: { amount: 80, per: 'placement', currency: 'USD' } },
  { name: 'Search ads', slug: 'search-ads', kind: 'social', social: { network: 'other', account: 'Search ads' }, cost: { amount: 2500, per: 'month', currency: 'USD' } },
] as const

/** Demo campaigns: offsets in days from now, budgets in USD. */
const CAMPAIGNS = [
  { key: 'insight-launch-webinars', name: 'Insight 4.2 launch webinars', goal: 'acquire', lifecycleStage: 'growth', start: -86, end: 5, budget: 18_000, industries: ['finance', 'internet'] },
  { key: 'pipeline-developer-push', name: 'Pipeline for developers', goal: 'activate', lifecycleStage: 'growth', start: -72, end: 20, budget: 12_000, industries: ['internet', 'media'] },
  { key: 'dashboard-adoption', name: 'Dashboard adoption nudges', goal: 'retain', lifecycleStage: 'maturity', start: -61, end: 30, budget: 9_000, industries: ['manufacturing', 'retail'] },
  { key: 'enterprise-upsell', name: 'Enterprise upsell', goal: 'convert', lifecycleStage: 'maturity', start: -52, end: 40, budget: 30_000, industries: ['finance', 'government'] },
  { key: 'airports-roadshow', name: 'Airports roadshow', goal: 'acquire', lifecycleStage: 'introduction', start: -41, end: 10, budget: 15_000, industries: ['airports', 'public-security'] },
  { key: 'winback-q4', name: 'Win-back before renewals', goal: 'recall', lifecycleStage: 'dormancy', start: -30, end: 30, budget: 7_000, industries: ['retail', 'internet'] },
] as const

const PLACEMENTS = ['linkedin-company-page', 'wechat-official-account', 'search-ads', 'fintech-summit-booth', 'partner-feed'] as const
const iso = (ms: number) => new Date(ms).toISOString()

const linkInfo = (doc: Record<string, unknown>, from: number, to: number): LinkInfo => {
  const content = doc.content as { relationTo?: ContentCollection; value?: unknown } | null | undefined
  const utm = (doc.utm ?? {}) as Record<string, string | null | undefined>
  return {
    id: Number(doc.id),
    code: String(doc.code),
    campaignKey: utm.campaign ?? null,
    channel: String(doc.channel ?? ''),
    contentType: doc.destinationType === 'content' && content?.relationTo ? content.relationTo : null,
    contentId: doc.destinationType === 'content' ? relationId(content?.value) : null,
    utm: { source: utm.source ?? null, medium: utm.medium ?? null, campaign: utm.campaign ?? null },
    from,
    to,
    distributionId: doc.distributionId == null ? null : Number(doc.distributionId),
  }
}

/**
 * What the generated behaviour points at, made through the Local API so every document is valid: the
 * demo source, two more channels, campaigns with budgets and keys, a few dozen content items, sent
 * distributions (with their tracked links) and campaign links on the placement channels.
 */
export const createCatalog = async (payload: Payload, d: Dice, now: number): Promise<Catalog> => {
  const website = (await payload.find({ collection: 'sources', where: { name: { equals: DEMO_SOURCE } }, limit: 1, depth: 0 })).docs[0]
  if (!website) throw new Error('demo: the seed\'s "Demo website" source is missing; run the seed first')
  const app = await payload.create({ collection: 'sources', data: { name: DEMO_DATA_SOURCE, kind: 'app' }, context: DEMO_CONTEXT })
  for (const channel of CHANNELS) {
    if ((await payload.count({ collection: 'channels', where: { slug: { equals: channel.slug } } })).totalDocs) continue
    await payload.create({ collection: 'channels', data: channel as never, context: DEMO_CONTEXT })
  }
  const refs = await loadRefs(payload)
  const industrySlugs = INDUSTRIES.map((i) => i.slug)
  const content = await createDemoContent(payload, refs, d, industrySlugs, now)
  const campaignIds = new Map<string, number>()
  for (const [i, c] of CAMPAIGNS.entries()) {
    const promoted = [content[i % content.length], content[(i * 5 + 3) % content.length]]
    const doc = await payload.create({
      collection: 'campaigns',
      data: {
        key: c.key, name: c.name, goal: c.goal, lifecycleStage: c.lifecycleStage, budget: c.budget, currency: 'USD',
        startsAt: iso(now + c.start * DAY), endsAt: iso(now + c.end * DAY), targetIndustries: refs.industries(...c.industries),
        content: promoted.map((p) => ({ relationTo: p.collection, value: p.id })),
      },
      context: DEMO_CONTEXT,
    })
    campaignIds.set(c.key, Number(doc.id))
  }
  const channels = (await payload.find({ collection: 'channels', pagination: false, depth: 0, sort: 'id' })).docs
  const channelBySlug = new Map(channels.map((c) => [c.slug, c]))
  const marketer = refs.user('marketer')

  // Campaign placements: a link per campaign on two or three of the placement channels.
  for (const [i, c] of CAMPAIGNS.entries()) {
    for (const channel of PLACEMENTS.filter((_, k) => (k + i) % 2 === 0 || k === i % PLACEMENTS.length)) {
      const item = content[(i * 3 + channel.length) % content.length]
      await payload.create({
        collection: 'tracked-links',
        data: { code: `${c.key}-${channel}`.slice(0, 64), destinationType: 'content', content: { relationTo: item.collection, value: item.id }, campaign: campaignIds.get(c.key), channel },
        context: DEMO_CONTEXT,
      })
    }
  }

  // Ten sent distributions over the last 90 days: newsletters, posts and a partner feed.
  const distributions: SentDistribution[] = []
  // The first goes out before many people are around: a post, not a newsletter.
  const channelSets = [['linkedin-company-page', 'wechat-official-account'], ['growth-newsletter'], ['growth-newsletter', 'linkedin-company-page'], ['partner-feed'], ['growth-newsletter']]
  for (let i = 0; i < 10; i++) {
    const sentAt = Math.floor((now - (84 - i * 8.5) * DAY) / DAY) * DAY + 9 * 3_600_000 - (i === 9 ? DAY : 0)
    const campaign = CAMPAIGNS[i % CAMPAIGNS.length]
    const item = content[(i * 7 + 1) % content.length]
    const slugs = channelSets[i % channelSets.length].filter((s) => channelBySlug.has(s))
    const ids = slugs.map((s) => Number(channelBySlug.get(s)!.id))
    const doc = await payload.create({
      collection: 'distributions',
      data: {
        title: `${campaign.name}: ${item.title}`.slice(0, 200),
        content: [{ relationTo: item.collection, value: item.id }],
        channels: ids,
        campaign: campaignIds.get(campaign.key),
        audience: { allSubscribers: true },
        variants: ids.map((channel) => ({ channel, subject: item.title.slice(0, 200), copy: `New this week: ${item.title}` })),
        schedule: { mode: 'at', at: iso(sentAt) },
        status: 'sent',
        createdBy: marketer,
        progress: { startedAt: iso(sentAt), finishedAt: iso(sentAt + 20 * 60_000), occurrence: 0 },
      },
      context: DEMO_CONTEXT,
    })
    let emailLink: LinkInfo | null = null
    for (const slug of slugs) {
      const link = await payload.create({
        collection: 'tracked-links',
        data: { code: `dist-${doc.id}-${slug}`.slice(0, 64), destinationType: 'content', content: { relationTo: item.collection, value: item.id }, campaign: campaignIds.get(campaign.key), channel: slug, distributionId: Number(doc.id) },
        context: DEMO_CONTEXT,
      })
      if (slug === 'growth-newsletter') emailLink = linkInfo(link as never, sentAt, Math.min(now, sentAt + 21 * DAY))
    }
    distributions.push({ id: Number(doc.id), sentAt, email: slugs.includes('growth-newsletter'), link: emailLink, channels: slugs.map((slug, k) => ({ id: ids[k], slug })) })
  }

  // Every link people can find on their own (the seed's too), clickable while its campaign runs.
  const campaigns = (await payload.find({ collection: 'campaigns', pagination: false, depth: 0, sort: 'id' })).docs.map((c) => ({ id: Number(c.id), key: c.key, startsAt: Date.parse(c.startsAt), endsAt: c.endsAt ? Date.parse(c.endsAt) : now }))
  const start = now - 90 * DAY
  const links: LinkInfo[] = []
  for (const doc of (await payload.find({ collection: 'tracked-links', pagination: false, depth: 0, sort: 'id' })).docs) {
    const campaign = campaigns.find((c) => c.id === relationId(doc.campaign))
    let from = Math.max(start, campaign?.startsAt ?? start)
    let to = Math.min(now, campaign?.endsAt ?? now)
    if (doc.distributionId != null) {
      const sent = distributions.find((x) => x.id === doc.distributionId)
      if (!sent || doc.channel === 'growth-newsletter') continue
      from = sent.sentAt
      to = Math.min(now, sent.sentAt + 14 * DAY)
    }
    if (to - from < DAY) (from = Math.max(start, now - 30 * DAY)), (to = now)
    links.push(linkInfo(doc as never, from, to))
  }
  const industries = (await payload.find({ collection: 'industries', pagination: false, depth: 0, sort: 'id', select: { slug: true } })).docs.map((i) => ({ id: Number(i.id), slug: i.slug as IndustrySlug }))
  return {
    websiteSourceId: Number(website.id),
    appSourceId: Number(app.id),
    industries,
    campaigns: campaigns.map(({ key, startsAt, endsAt }) => ({ key, startsAt, endsAt })),
    content,
    links,
    distributions,
    marketer,
  }
}
