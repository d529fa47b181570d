import { touchesFromRows, type TouchRow } from '../attribution/credit/touches'

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
  return touchesFromRows(found, inWindow)
}
