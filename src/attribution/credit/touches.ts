import type { Payload, Where } from 'payload'

/** A touchpoint as credits store it. */
export type TouchRow = {
  at: number
  direct: boolean
  touchKind: 'click' | 'visit'
  clickId: string | null
  linkId: number | null
  campaignKey: string | null
  channel: string | null
  contentType: string | null
  contentId: number | null
}

const VISIT_GAP_MS = 30 * 60 * 1000
const ms = (iso: string) => Date.parse(iso)

const hostOf = (url: string | null | undefined): string | null => {
  try {
    return url ? new URL(url).hostname : null
  } catch {
    return null
  }
}

/**
 * The human touchpoints of one or more contacts (one person, or an account's buying committee) between
 * `from` and `to`: every human click on a tracked link that is theirs (its id is one of their
 * identities, on one of their page views, or on the conversion), and every visit (a page view after 30
 * minutes without one from the same browser) that did not come from such a click — with
 * UTM parameters it is a campaign visit, from another site a referral, otherwise direct.
 */
export const touchesOf = async (payload: Payload, contactIds: number[], from: string, to: string, extraClickIds: string[] = []): Promise<TouchRow[]> => {
  const identities = (await payload.find({ collection: 'identities', where: { contactId: { in: contactIds } }, pagination: false, depth: 0 })).docs
  const ids = (kind: string) => identities.filter((i) => i.key.startsWith(`${kind}:`)).map((i) => i.key.slice(kind.length + 1))
  const anonymous = ids('anonymous')
  const users = ids('user')
  const or: Where[] = [...(anonymous.length ? [{ anonymousId: { in: anonymous } }] : []), ...(users.length ? [{ userId: { in: users } }] : [])]
  const pages = or.length
    ? (
        await payload.find({
          collection: 'events',
          where: { and: [{ type: { equals: 'page' } }, { at: { greater_than_equal: from } }, { at: { less_than_equal: to } }, { or }] },
          sort: 'at',
          pagination: false,
          depth: 0,
        })
      ).docs
    : []
  const clickIds = [...new Set([...ids('click'), ...extraClickIds, ...pages.map((p) => p.clickId).filter((c): c is string => Boolean(c))])]
  const clicks = clickIds.length
    ? (
        await payload.find({
          collection: 'clicks',
          where: { and: [{ clickId: { in: clickIds } }, { human: { equals: true } }, { at: { greater_than_equal: from } }, { at: { less_than_equal: to } }] },
          pagination: false,
          depth: 0,
        })
      ).docs
    : []
  return touchesFromRows(
    clicks.map((c) => ({ ...c, at: ms(c.at) })),
    pages.map((p) => ({ ...p, at: ms(p.at) })),
  )
}

/** A human click as the crediting reads it (`at` in ms). */
export type ClickForTouch = { clickId: string; at: number; linkId?: number | null; campaignKey?: string | null; channel?: string | null; contentType?: string | null; contentId?: number | null }
/** A page view as the crediting reads it (`at` in ms). */
export type PageForTouch = { at: number; anonymousId?: string | null; userId?: string | null; clickId?: string | null; utmSource?: string | null; utmCampaign?: string | null; pageUrl?: string | null; referrer?: string | null }

/**
 * The touchpoints of found human clicks and page views (sorted by time): each click, and each visit (a page view after 30 minutes
 * without one from the same browser) that did not land from one of those clicks. Shared by `touchesOf` and the demo data set.
 */
export const touchesFromRows = (clicks: readonly ClickForTouch[], pages: readonly PageForTouch[]): TouchRow[] => {
  const clicked = new Set(clicks.map((c) => c.clickId))
  const touches: TouchRow[] = clicks.map((c) => ({
    at: c.at,
    direct: false,
    touchKind: 'click',
    clickId: c.clickId,
    linkId: c.linkId ?? null,
    campaignKey: c.campaignKey ?? null,
    channel: c.channel ?? null,
    contentType: c.contentType ?? null,
    contentId: c.contentId ?? null,
  }))
  // Per browser (anonymous id, else user id): two people of one account visiting at once are two visits.
  const lastPage = new Map<string, number>()
  for (const page of pages) {
    const at = page.at
    const browser = page.anonymousId ?? page.userId ?? ''
    const landing = at - (lastPage.get(browser) ?? -Infinity) > VISIT_GAP_MS
    lastPage.set(browser, at)
    if (!landing || (page.clickId && clicked.has(page.clickId))) continue
    const referrer = hostOf(page.referrer)
    const external = referrer && referrer !== hostOf(page.pageUrl)
    const campaign = page.utmCampaign || page.utmSource
    touches.push({
      at,
      direct: !campaign && !external,
      touchKind: 'visit',
      clickId: null,
      linkId: null,
      campaignKey: page.utmCampaign ?? null,
      channel: page.utmSource ?? (external ? referrer : null),
      contentType: null,
      contentId: null,
    })
  }
  return touches.sort((a, b) => a.at - b.at)
}
