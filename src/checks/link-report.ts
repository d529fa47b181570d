import type { FoundLink } from './links'
import { LINK_CHECK } from './limits'

/** One row of a document's `linkReport`. */
export type LinkReportEntry = {
  url: string
  /** Final HTTP status, or null when no response came (refused, timed out, blocked). */
  status?: number | null
  error?: string | null
  lastCheckedAt?: string | null
  /** Consecutive failed runs; a success resets it. */
  failures?: number | null
  broken?: boolean | null
}

/** The outcome of checking one URL in one run. */
export type UrlCheck = { url: string; ok: boolean; status: number | null; error: string | null }

/**
 * The report after a run: one entry per link the document still has, in the document's order.
 * Checked links count consecutive failures (broken at two); links this run did not reach keep their
 * last entry; links the document no longer has are dropped.
 */
export const mergeReport = (
  previous: readonly LinkReportEntry[],
  urls: readonly string[],
  checks: readonly UrlCheck[],
  now: Date,
): LinkReportEntry[] => {
  const before = new Map(previous.map((e) => [e.url, e]))
  const checked = new Map(checks.map((c) => [c.url, c]))
  return urls.slice(0, LINK_CHECK.maxLinks).flatMap((url): LinkReportEntry[] => {
    const check = checked.get(url)
    const last = before.get(url)
    if (!check) return last ? [last] : []
    const failures = check.ok ? 0 : (last?.failures ?? 0) + 1
    return [
      {
        url,
        status: check.status,
        error: check.error,
        lastCheckedAt: now.toISOString(),
        failures,
        broken: failures >= LINK_CHECK.brokenAfter,
      },
    ]
  })
}

/**
 * Which links to check this run, at most `maxChecksPerRun`: never-checked first, then failing ones
 * (to confirm or clear them), then the least recently checked.
 */
export const linksToCheck = (urls: readonly string[], previous: readonly LinkReportEntry[], max: number = LINK_CHECK.maxChecksPerRun): string[] => {
  const before = new Map(previous.map((e) => [e.url, e]))
  const rank = (url: string): [number, string] => {
    const entry = before.get(url)
    if (!entry?.lastCheckedAt) return [0, '']
    return [(entry.failures ?? 0) > 0 ? 1 : 2, entry.lastCheckedAt]
  }
  return [...urls]
    .slice(0, LINK_CHECK.maxLinks)
    .sort((a, b) => {
      const [ra, ta] = rank(a)
      const [rb, tb] = rank(b)
      return ra - rb || ta.localeCompare(tb)
    })
    .slice(0, max)
}

const reason = (entry: LinkReportEntry): string => (entry.status ? `HTTP ${entry.status}` : entry.error || 'no response')

/** "layout[3] Call to action links to https://… which is broken (HTTP 404, failed 2 checks in a row)". */
export const brokenLinkProblems = (links: readonly FoundLink[], report: readonly LinkReportEntry[]): string[] => {
  const broken = new Map(report.filter((e) => e.broken).map((e) => [e.url, e]))
  return links.flatMap((link) => {
    const entry = broken.get(link.url)
    return entry
      ? [`${link.where} links to ${link.url}, which is broken (${reason(entry)}; failed ${entry.failures ?? LINK_CHECK.brokenAfter} checks in a row)`]
      : []
  })
}
