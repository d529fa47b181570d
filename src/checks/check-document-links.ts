import type { Payload, TypedLocale } from 'payload'

import { CONTENT_COLLECTIONS, type ContentCollection } from '../content/content-collection'
import { checkUrl } from './check-url'
import { linksToCheck, mergeReport, type LinkReportEntry, type UrlCheck } from './link-report'
import { documentLinks, uniqueUrls } from './links'
import { LINK_CHECK } from './limits'
import { mapLimit } from './map-limit'
import type { LinkCheckContext } from './queue-link-check'

export type CheckLinksInput = { collection: ContentCollection; id: string }
export type CheckLinksResult = { checked: number; broken: number; followUp: 'none' | 'now' | 'later' }

type Options = { check?: (url: string) => Promise<UrlCheck>; now?: () => Date }

/** What the checker's write sets: no workflow transition, no new link check, no cascade. */
export const CHECKER_CONTEXT: LinkCheckContext & { skipWorkflow: true } = { skipWorkflow: true, checksInternal: true, skipLinkCheck: true }

/**
 * One run of the link checker for one document: checks its outgoing links (all locales, latest
 * version), records the results in `linkReport`, and queues a follow-up run when links are left
 * over or a link failed for the first time (to confirm it after `recheckDelayMs`).
 *
 * Reads and writes go through fresh requests, not the job's `req`: the jobs runner shares that
 * request between jobs, and the checker's context flags must not leak into the next job's writes.
 */
export const checkDocumentLinks = async (payload: Payload, input: CheckLinksInput, { check = checkUrl, now = () => new Date() }: Options = {}): Promise<CheckLinksResult> => {
  const { collection, id } = input
  if (!(CONTENT_COLLECTIONS as readonly string[]).includes(collection)) throw new Error(`checkLinks: "${collection}" is not a content collection`)
  const fields = payload.collections[collection].config.fields
  const locales = payload.config.localization ? (payload.config.localization.localeCodes as TypedLocale[]) : [undefined]
  const docs: Record<string, unknown>[] = []
  for (const locale of locales) {
    const doc = await payload.findByID({ collection, id, draft: true, depth: 0, locale, fallbackLocale: false, disableErrors: true })
    if (!doc) return { checked: 0, broken: 0, followUp: 'none' } // deleted since the job was queued
    docs.push(doc as unknown as Record<string, unknown>)
  }

  const urls = uniqueUrls(docs.flatMap((doc) => documentLinks(fields, doc))).slice(0, LINK_CHECK.maxLinks)
  // Without the row ids Payload read back: the report is rewritten whole each run.
  const previous: LinkReportEntry[] = ((docs[0] as { linkReport?: LinkReportEntry[] | null }).linkReport ?? []).map(
    ({ url, status, error, lastCheckedAt, failures, broken }) => ({ url, status, error, lastCheckedAt, failures, broken }),
  )
  const checks = await mapLimit(linksToCheck(urls, previous), LINK_CHECK.concurrency, check)
  const report = mergeReport(previous, urls, checks, now())

  // Saved in the state the document is in: a draft gets a new draft version, a published document
  // stays published. Saving a draft of a published page just to store a report would unpublish nothing
  // but would show "unpublished changes" that are not the editor's.
  const published = (docs[0] as { _status?: string | null })._status === 'published'
  await payload.update({ collection, id, data: { linkReport: report }, draft: !published, depth: 0, context: CHECKER_CONTEXT })

  const unchecked = report.length < urls.length
  const unconfirmed = report.some((e) => e.failures === 1)
  const followUp = unchecked ? 'now' : unconfirmed ? 'later' : 'none'
  if (followUp !== 'none')
    await payload.jobs.queue({
      task: 'checkLinks',
      input,
      waitUntil: followUp === 'later' ? new Date(now().getTime() + LINK_CHECK.recheckDelayMs) : undefined,
    })
  return { checked: checks.length, broken: report.filter((e) => e.broken).length, followUp }
}
