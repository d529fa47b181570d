import type { Field } from 'payload'

import { renderBlocks } from '../blocks'
import { placeName, walkFields, type Row } from './walk'

/** An outgoing link and where the document shows it (`layout[3] Call to action`, `body`). */
export type FoundLink = { url: string; where: string }

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/**
 * The hrefs of the links in HTML that `renderBlocks` produced. That HTML is ours (every attribute
 * goes through `attrs`, double-quoted and escaped), so a pattern reads it reliably; it is no parser
 * for arbitrary HTML.
 */
export const hrefsIn = (html: string): string[] =>
  [...html.matchAll(/<a\s[^>]*?\bhref="([^"]*)"/gi)].map((m) => m[1].replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]))

/**
 * The absolute http(s) URL a link points to, without its #fragment (the same resource), or null:
 * relative links are our own site, and mailto:, tel: and every other scheme are never requested.
 */
export const outgoingUrl = (href: string): string | null => {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  url.hash = ''
  return url.href
}

const linksIn = (html: string, where: string): FoundLink[] =>
  hrefsIn(html).flatMap((href) => {
    const url = outgoingUrl(href)
    return url ? [{ url, where }] : []
  })

/**
 * Outgoing links of a document (one locale, as read), each once per place: rendered with the same
 * `renderBlocks` as its `html` field, block by block so each link knows its block, plus rich-text
 * fields outside blocks (body, guide steps).
 */
export const documentLinks = (fields: Field[], doc: Row): FoundLink[] => {
  const found: FoundLink[] = []
  walkFields(fields, doc, {
    block: (data, at) => {
      found.push(...linksIn(renderBlocks([data as { blockType: string }]), placeName(at)))
      return false
    },
    richText: (value, at) => {
      found.push(...linksIn(renderBlocks([{ blockType: 'richText', id: 'field', content: value } as { blockType: string }]), placeName(at)))
    },
  })
  const seen = new Set<string>()
  return found.filter((link) => {
    const key = `${link.where}\n${link.url}`
    return seen.has(key) ? false : (seen.add(key), true)
  })
}

/** The distinct URLs among links, in first-seen order. */
export const uniqueUrls = (links: FoundLink[]): string[] => [...new Set(links.map((l) => l.url))]
