import type { LinkInfo } from './catalog'
import type { GenContext, Group, Person } from './context'
import { person } from './people'
import { personMetrics } from './replay'
import { clickRow, eventRow, iso, pageUrlOf, SITE } from './rows'
import type { PageView } from './touches'

const DAY = 86_400_000
const MIN = 60_000
const REFERRERS = ['https://news.ycombinator.com/item?id=4242', 'https://www.g2.com/products/flywheel/reviews', 'https://www.linkedin.com/feed/', 'https://partner.example.org/blog/growth-layers']
const SEARCH = [['google', 'cpc'], ['bing', 'cpc'], ['baidu', 'cpc']] as const

type Session = { at: number; kind: 'base' | 'email'; index: number; link?: LinkInfo; deliveryId?: number }

/** The key behaviour each stage reaches: 0 browses, 1 views product pages, 2 integrates the SDK, 3 reads dashboards, 4 buys. */
const STAGES: [number, number][] = [[0, 30], [1, 28], [2, 20], [3, 14], [4, 8]]

/**
 * One person's journey: sessions over the 90 days (landing from a tracked link, a campaign, another site
 * or directly), the key behaviours of their stage in order, lead/signup/purchase conversions (a few
 * refunded), newsletters delivered, opened and clicked, an NPS answer. Rows go to the writer; what
 * crediting and the layer replay need stays in the returned Person.
 */
export const journey = (ctx: GenContext, group: Group, n: number): Person => {
  const { d, now, catalog } = ctx
  const id = ctx.ids.take('contacts')
  const who = person(d, id, group.domain)
  const lapsed = d.chance(0.04)
  const stage = d.weighted(STAGES)
  const consentEmail = d.chance(0.6)
  const r = d.rnd()
  // Half arrive evenly over the 90 days, half more and more towards today: the base grows.
  const daysAgo = lapsed ? 100 + 25 * r : d.chance(0.5) ? 88 * r : 88 * (1 - Math.sqrt(r))
  const firstAt = Math.floor(now - daysAgo * DAY)
  // A session lasts under an hour and a half: nothing lands after `now`.
  const horizon = lapsed ? firstAt + 10 * DAY : now - 90 * MIN
  const anon = [`demo-a${id}`, ...(d.chance(0.3) ? [`demo-a${id}x`] : [])]
  const userId = `demo-u${id}`
  const p: Person = { id, email: who.email, anon, userId, signupAt: Infinity, pages: [], clicks: [], activities: [], conversions: [], metrics: personMetrics(ctx.config), steps: [] }

  // Base sessions, spread over the time the person has.
  const k = 1 + stage + d.int(0, 2)
  const span = horizon - firstAt
  const times: number[] = []
  for (let t = firstAt, i = 0; i < k && t < horizon; i++) {
    times.push(t)
    t += Math.max(20 * MIN, (span / k) * (0.3 + 1.4 * d.rnd()))
  }
  const sdkAt = stage >= 2 ? Math.min(2, times.length - 1) : -1
  const signupSession = stage >= 2 ? sdkAt : stage === 1 && d.chance(0.15) ? Math.min(1, times.length - 1) : -1
  if (signupSession >= 0) p.signupAt = times[signupSession] + 6 * MIN
  const dashFrom = stage >= 3 && sdkAt + 1 < times.length ? sdkAt + 1 : -1
  const buyAt = stage >= 4 && dashFrom >= 0 && dashFrom + 1 < times.length ? d.int(dashFrom + 1, times.length - 1) : -1
  const secondBuy = buyAt >= 0 && buyAt + 1 < times.length && d.chance(0.3) ? d.int(buyAt + 1, times.length - 1) : -1
  const leadAt = d.chance(0.45) ? Math.min(d.int(0, 1), times.length - 1) : -1
  const npsAt = stage >= 3 && d.chance(0.4) ? times.length - 1 : -1

  // Newsletters: every one sent while the person is around and subscribed; some opened, a few clicked.
  const sessions: Session[] = times.map((at, index) => ({ at, kind: 'base', index }))
  // Unsubscribed or bounced: no more newsletters (the audience leaves them out, as src/distribution/audience.ts does).
  let unsubscribedAt: number | null = null
  let bouncedAt: number | null = null
  for (const dist of catalog.distributions) {
    if (!dist.email || !consentEmail || unsubscribedAt !== null || bouncedAt !== null || dist.sentAt < firstAt || dist.sentAt > horizon) continue
    const channel = dist.channels.find((c) => c.slug === 'growth-newsletter')!
    const deliveryId = ctx.ids.take('deliveries')
    const sentAt = dist.sentAt + d.int(1, 30) * MIN
    const bounced = d.chance(0.01)
    const openAt = sentAt + d.int(5, 2 * 24 * 60) * MIN
    const opened = !bounced && openAt < horizon && d.chance(0.38) ? openAt : null
    const clicked = opened !== null && dist.link !== null && d.chance(0.3) ? opened + d.int(1, 3) * MIN : null
    const unsubscribed = opened !== null && !clicked && d.chance(0.02) ? opened + MIN : null
    if (unsubscribed) unsubscribedAt = unsubscribed
    if (bounced) bouncedAt = sentAt
    const status = bounced ? 'bounced' : unsubscribed ? 'unsubscribed' : clicked ? 'clicked' : opened ? 'opened' : 'sent'
    ctx.w.push('deliveries', {
      id: deliveryId, sendKey: `${dist.id}:${channel.id}:0:${id}`, distributionId: dist.id, channelId: channel.id, occurrence: 0, contactId: id, email: who.email, status,
      dueAt: iso(dist.sentAt), attempts: 1, claimedAt: null, lastError: bounced ? '550 5.1.1 mailbox unavailable' : null, messageId: `<demo-${deliveryId}@flywheel.demo>`,
      sentAt: bounced ? null : iso(sentAt), openedAt: opened === null ? null : iso(opened), clickedAt: clicked === null ? null : iso(clicked),
      unsubscribedAt: unsubscribed === null ? null : iso(unsubscribed), bouncedAt: bounced ? iso(sentAt) : null,
      placement: null, postedAt: null, postedUrl: null,
    })
    ctx.stats.deliveries++
    if (!bounced) ctx.sent.set(dist.id, (ctx.sent.get(dist.id) ?? 0) + 1)
    if (clicked && dist.link) sessions.push({ at: clicked, kind: 'email', index: -1, link: dist.link, deliveryId })
  }
  sessions.sort((a, b) => a.at - b.at)

  const browserAt = (at: number) => ({ anonymousId: anon.length > 1 && d.chance(0.3) ? anon[1] : anon[0], userId: at >= p.signupAt ? userId : null })
  const track = (at: number, name: string, sourceId: number, page: PageView, properties: Record<string, unknown> | null = null) => {
    const b = browserAt(at)
    const key = eventRow(ctx, { at, sourceId, type: 'track', event: name, ...b, utmSource: page.utmSource, utmCampaign: page.utmCampaign, pageUrl: page.pageUrl, properties })
    p.activities.push({ at, kind: 'track', name, trigger: { kind: 'event', id: key } })
  }
  const convert = (at: number, event: string, revenue: number | null, properties: Record<string, unknown> | null = null) => {
    const cid = ctx.ids.take('conversions')
    const idempotencyKey = `demo-${event}-${cid}`
    ctx.w.push('conversions', {
      id: cid, dedupeKey: `${catalog.appSourceId}:${idempotencyKey}`, sourceId: catalog.appSourceId, idempotencyKey, event, at: iso(at), clickId: null,
      anonymousId: anon[0], userId: at >= p.signupAt ? userId : null, email: who.email, accountDomain: group.domain, revenue, currency: revenue == null ? null : 'USD', properties, contactId: id,
    })
    ctx.stats.conversions++
    p.conversions.push({ id: cid, event, at, revenue })
    p.activities.push({ at, kind: 'conversion', name: event, revenue, currency: revenue == null ? null : 'USD', refund: event === 'refund', trigger: { kind: 'conversion', id: String(cid) } })
    return idempotencyKey
  }
  const price = () => Math.round(d.int(group.size.revenue[0], group.size.revenue[1]) / 100) * 100

  for (const s of sessions) {
    let t = s.at
    const b = browserAt(t)
    let landing: PageView
    let landingKey: string
    if (s.kind === 'email' && s.link) {
      const click = clickRow(ctx, s.link, t, { human: true, visitor: b.anonymousId, deliveryId: s.deliveryId })
      p.clicks.push(click)
      landing = { at: t + 2000, ...b, clickId: click.clickId, utmSource: s.link.utm.source, utmCampaign: s.link.utm.campaign, pageUrl: pageUrlOf(s.link), referrer: null }
      landingKey = eventRow(ctx, { ...landing, sourceId: catalog.websiteSourceId, type: 'page', event: null, utmMedium: s.link.utm.medium })
    } else {
      const how = d.weighted([['link', 30], ['campaign', 15], ['referral', 15], ['direct', 40]] as const)
      const links = how === 'link' ? catalog.links.filter((l) => l.from <= t && t < l.to) : []
      const campaigns = how === 'campaign' ? catalog.campaigns.filter((c) => c.startsAt <= t && t < c.endsAt) : []
      if (links.length) {
        const link = d.pick(links)
        const click = clickRow(ctx, link, t, { human: true, visitor: b.anonymousId })
        p.clicks.push(click)
        landing = { at: t + 2000, ...b, clickId: click.clickId, utmSource: link.utm.source, utmCampaign: link.utm.campaign, pageUrl: pageUrlOf(link), referrer: null }
        landingKey = eventRow(ctx, { ...landing, sourceId: catalog.websiteSourceId, type: 'page', event: null, utmMedium: link.utm.medium })
      } else if (campaigns.length) {
        const [source, medium] = d.pick(SEARCH)
        landing = { at: t, ...b, clickId: null, utmSource: source, utmCampaign: d.pick(campaigns).key, pageUrl: `${SITE}/products/insight`, referrer: null }
        landingKey = eventRow(ctx, { ...landing, sourceId: catalog.websiteSourceId, type: 'page', event: null, utmMedium: medium })
      } else {
        const referrer = how === 'referral' ? d.pick(REFERRERS) : null
        landing = { at: t, ...b, clickId: null, utmSource: null, utmCampaign: null, pageUrl: `${SITE}/`, referrer }
        landingKey = eventRow(ctx, { ...landing, sourceId: catalog.websiteSourceId, type: 'page', event: null, referrer })
      }
    }
    p.pages.push(landing)
    p.activities.push({ at: landing.at, kind: 'page', name: null, trigger: { kind: 'event', id: landingKey } })
    t = landing.at
    for (let more = d.weighted([[0, 3], [1, 2], [2, 1]] as const); more > 0; more--) {
      t += d.int(1, 6) * MIN
      const page: PageView = { at: t, ...browserAt(t), clickId: null, utmSource: null, utmCampaign: null, pageUrl: `${SITE}/${d.pick(['pricing', 'docs', 'products/insight', 'customers'])}`, referrer: `${SITE}/` }
      const key = eventRow(ctx, { ...page, sourceId: catalog.websiteSourceId, type: 'page', event: null })
      p.pages.push(page)
      p.activities.push({ at: t, kind: 'page', name: null, trigger: { kind: 'event', id: key } })
    }
    if (s.kind !== 'base') continue
    const i = s.index
    const at = () => (t += d.int(1, 8) * MIN)
    if (i === leadAt) convert(at(), 'lead', null)
    if ((stage >= 1 && i === 0) || (stage >= 1 && d.chance(0.35))) track(at(), 'product_page_viewed', catalog.websiteSourceId, landing)
    if (i === signupSession) convert(at(), 'signup', null)
    if (i === sdkAt) track(at(), 'sdk_integrated', catalog.appSourceId, landing)
    if (dashFrom >= 0 && (i === dashFrom || (i > dashFrom && d.chance(0.6)))) track(at(), 'dashboard_viewed', catalog.appSourceId, landing)
    if (i === buyAt || i === secondBuy) {
      const revenue = price()
      const at1 = at()
      const key = convert(at1, 'purchase', revenue)
      const refundAt = at1 + d.int(3, 20) * DAY
      if (d.chance(0.06) && refundAt < horizon) convert(refundAt, 'refund', d.chance(0.5) ? revenue : Math.round(revenue / 2), { refundOf: key })
    }
    if (i === npsAt) track(at(), 'nps', catalog.websiteSourceId, landing, { score: stage >= 4 ? d.weighted([[10, 4], [9, 4], [8, 2], [6, 1]]) : d.weighted([[10, 2], [8, 3], [7, 2], [5, 2], [3, 1]]) })
  }
  p.pages.sort((a, b) => a.at - b.at)
  p.activities.sort((a, b) => a.at - b.at)

  const lastSeen = p.activities.length ? p.activities[p.activities.length - 1].at : firstAt
  ctx.w.push('contacts', {
    id, email: who.email, name: who.name, jobTitle: who.jobTitle, accountId: group.accountId, timeZone: who.timeZone,
    consentEmail, consentTracking: true, consentUpdatedAt: iso(firstAt), suppressionUnsubscribedAt: unsubscribedAt === null ? null : iso(unsubscribedAt),
    suppressionBouncedAt: bouncedAt === null ? null : iso(bouncedAt), suppressionReason: bouncedAt === null ? null : '550 5.1.1 mailbox unavailable',
    firstSeenAt: iso(firstAt), lastSeenAt: iso(lastSeen), traits: { source: 'demo', person: n },
  })
  for (const key of [...anon.map((a) => `anonymous:${a}`), ...(p.signupAt < Infinity ? [`user:${userId}`] : []), `email:${who.email}`]) ctx.w.push('identities', { key, contactId: id })
  ctx.stats.contacts++
  return p
}
