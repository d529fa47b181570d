import type { TouchRow } from '../attribution/credit/touches'

/** A generated page view or human click, as the crediting reads them from `events` and `clicks`. */
export type PageView = {
  at: number
  anonymousId: string | null
  userId: string | null
  clickId: string | null
  utmSource: string | null
  utmCampaign: string | null
  pageUrl: string
  referrer: string | null
}
export type HumanClick = { clickId: string; at: number; linkId: number; campaignKey: string | null; channel: string | null; contentType: string | null; contentId: number | null }

const VISIT_GAP_MS = 30 * 60 * 1000

const hostOf = (url: string | null | undefined): string | null => {
  try {
    return url ? new URL(url).hostname : null
  } catch {
    return null
  }
}

/**
 * The touchpoints src/attribution/credit/touches.ts (touchesOf) finds in the database, computed from
 * generated rows in memory: the human clicks in [from, to] whose landing page view is the person's,
 * and the visits (a page view after 30 minutes without one from the same browser, inside the window)
 * that did not come from such a click. `pages` and `clicks` are one person's (or a buying committee's),
 * pages sorted by time. test/db/demo.test.ts holds the two equal against the real crediting.
 */
export const touchesFrom = (pages: readonly PageView[], clicks: readonly HumanClick[], from: number, to: number): TouchRow[] => {
  const inWindow = pages.filter((p) => p.at >= from && p.at <= to)
  const theirs = new Set(inWindow.map((p) => p.clickId).filter(Boolean))
  const found = clicks.filter((c) => theirs.has(c.clickId) && c.at >= from && c.at <= to)
  const clicked = new Set(found.map((c) => c.clickId))
  const touches: TouchRow[] = found.map((c) => ({
    at: c.at,
    direct: false,
    touchKind: 'click',
    clickId: c.clickId,
    linkId: c.linkId,
    campaignKey: c.campaignKey,
    channel: c.channel,
    contentType: c.contentType,
    contentId: c.contentId,
  }))
  const lastPage = new Map<string, number>()
  for (const page of inWindow) {
    const browser = page.anonymousId ?? page.userId ?? ''
    const landing = page.at - (lastPage.get(browser) ?? -Infinity) > VISIT_GAP_MS
    lastPage.set(browser, page.at)
    if (!landing || (page.clickId && clicked.has(page.clickId))) continue
    const referrer = hostOf(page.referrer)
    const external = referrer && referrer !== hostOf(page.pageUrl)
    const campaign = page.utmCampaign || page.utmSource
    touches.push({
      at: page.at,
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
