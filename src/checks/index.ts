import type { PayloadRequest } from 'payload'

import type { ContentCollection } from '../content/content-collection'
import type { MediaDoc } from '../render/image'
import { altTextProblems, documentImages, unpopulatedMediaIds } from './images'
import { brokenLinkProblems, type LinkReportEntry } from './link-report'
import { documentLinks } from './links'
import { seoProblems } from './seo'

const loadMedia = async (ids: string[], req: PayloadRequest): Promise<Map<string, MediaDoc>> => {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'media',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    req,
  })
  return new Map(docs.map((d) => [String(d.id), d]))
}

/**
 * The stored report, never `doc.linkReport`: the doc may be the incoming request body, and a
 * client must not clear its broken links by sending an empty report.
 */
const storedReport = async (collection: ContentCollection, id: unknown, req: PayloadRequest): Promise<LinkReportEntry[]> => {
  if (typeof id !== 'number' && typeof id !== 'string') return []
  const stored = await req.payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    select: { linkReport: true },
    disableErrors: true,
    req,
  })
  return (stored as { linkReport?: LinkReportEntry[] | null } | null)?.linkReport ?? []
}

/**
 * Problems that block publishing (or scheduling) a document, each naming the field and the item:
 * missing or badly sized SEO title and description, images shown without alt text, and links the
 * checker has found broken (failed two runs in a row). Empty when the document may go out.
 * `doc` is the document in one locale, as it would be published.
 */
export const prePublishProblems = async (
  collection: ContentCollection,
  doc: Record<string, unknown>,
  req: PayloadRequest,
): Promise<string[]> => {
  const fields = req.payload.collections[collection].config.fields
  const images = documentImages(fields, doc)
  // One after the other: with `req` they share the caller's transaction, which runs one query at a time.
  const media = await loadMedia(unpopulatedMediaIds(images), req)
  const report = await storedReport(collection, doc.id, req)
  return [...seoProblems(doc), ...altTextProblems(images, media), ...brokenLinkProblems(documentLinks(fields, doc), report)]
}
