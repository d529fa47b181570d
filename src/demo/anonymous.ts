import type { GenContext } from './context'
import { clickRow, eventRow } from './rows'
import type { LinkInfo } from './catalog'

const SITE = 'https://example.com'
const BOT_REASONS = [['user-agent', 5], ['scanner', 3], ['prefetch', 1], ['head', 1]] as const

/**
 * Traffic of people who never identify themselves, up to the configured sizes: human clicks on tracked
 * links (with their landing page view), bot and scanner clicks (~10 % of all clicks, never counted in
 * reports), and page views from search, other sites and direct visits.
 */
export const fillAnonymous = async (ctx: GenContext, o: { events: number; clicks: number; visitors: number; emailLinks: LinkInfo[]; progress: () => void }) => {
  const { d, now, start, catalog, w } = ctx
  const visitor = () => `demo-v${d.int(1, o.visitors)}`
  const anyLink = [...catalog.links, ...o.emailLinks]
  const bots = Math.round(o.clicks * 0.1)
  const humans = Math.max(0, o.clicks - bots - ctx.stats.humanClicks)
  const when = (link: LinkInfo) => Math.floor(link.from + d.rnd() * (link.to - link.from))
  for (let i = 0; i < humans && catalog.links.length; i++) {
    const link = d.pick(catalog.links)
    const at = when(link)
    const anonymousId = visitor()
    const click = clickRow(ctx, link, at, { human: true, visitor: anonymousId })
    if (ctx.stats.events < o.events)
      eventRow(ctx, { at: at + 2000, sourceId: catalog.websiteSourceId, type: 'page', event: null, anonymousId, userId: null, clickId: click.clickId, utmSource: link.utm.source, utmMedium: link.utm.medium, utmCampaign: link.utm.campaign, pageUrl: link.contentType ? `${SITE}/${link.contentType}/${link.contentId}` : `${SITE}/` })
    if (i % 1000 === 999) await w.flush()
  }
  for (let i = 0; i < bots && anyLink.length; i++) {
    const link = d.pick(anyLink)
    clickRow(ctx, link, when(link), { human: false, botReason: d.weighted(BOT_REASONS), visitor: visitor() })
    if (i % 1000 === 999) await w.flush()
  }
  for (let i = 0; ctx.stats.events < o.events; i++) {
    const at = Math.floor(start + d.rnd() * (now - start))
    const how = d.weighted([['search', 3], ['referral', 2], ['direct', 5]] as const)
    const campaign = how === 'search' ? d.pick(catalog.campaigns.filter((c) => c.startsAt <= at && at < c.endsAt).concat([{ key: '', startsAt: 0, endsAt: 0 }])).key || null : null
    eventRow(ctx, {
      at, sourceId: catalog.websiteSourceId, type: 'page', event: null, anonymousId: visitor(), userId: null,
      utmSource: campaign ? 'google' : null, utmMedium: campaign ? 'cpc' : null, utmCampaign: campaign,
      pageUrl: `${SITE}/${d.pick(['', 'pricing', 'docs', 'products/insight', 'blog'])}`, referrer: how === 'referral' ? 'https://www.g2.com/categories/product-analytics' : how === 'search' && !campaign ? 'https://www.google.com/' : null,
    })
    if (i % 5000 === 4999) {
      await w.flush()
      o.progress()
    }
  }
}
