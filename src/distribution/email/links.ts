import { contentUrl } from '../../content/queries/content-item'
import { safeUrl } from '../../render/escape'
import { DEFAULT_LABELS } from './labels'
import type { EmailEnv, NewsletterInput } from './types'

const UNREWRITTEN = /^(mailto|tel):/i

/** `url` resolved against `base`; null when it is not a URL at all. */
const absolute = (url: string, base: string): string | null => {
  try {
    return new URL(url, base).toString()
  } catch {
    return null
  }
}

/**
 * Link and image resolution for one newsletter. An email has no page to resolve against, so
 * relative URLs resolve against the site and in-page fragments against the item's page. Links are
 * rewritten once per distinct URL and label, so the HTML and the text part carry the same tracked
 * link and the caller creates it once. mailto: and tel: stay as they are: a tracked link redirects
 * over HTTP and its destination must be an allowed web address (src/attribution/links/resolve.ts).
 */
export const createEmailEnv = ({ item, collection, ctx }: NewsletterInput): EmailEnv => {
  const page = absolute(contentUrl(collection, item.slug, ctx.locale), ctx.siteUrl)
  if (!page || !/^https?:/.test(page)) throw new Error(`newsletter: siteUrl "${ctx.siteUrl}" is not an http(s) URL`)
  const rewritten = new Map<string, string>()
  const link = (url: unknown, label: string): string | null => {
    const safe = safeUrl(url)
    if (safe === '#') return null
    if (UNREWRITTEN.test(safe)) return safe
    const target = absolute(safe, safe.startsWith('#') ? page : ctx.siteUrl)
    if (!target) return null
    const text = label.replace(/\s+/g, ' ').trim()
    const key = `${text}\u0000${target}`
    let href = rewritten.get(key)
    if (href === undefined) {
      // Checked again, as the site's linkHref does: a bug in the rewriter must not emit a script URL.
      href = safeUrl(ctx.rewriteLink(target, text))
      rewritten.set(key, href)
    }
    return href
  }
  const resource = (url: unknown): string | null => {
    const safe = safeUrl(url)
    if (safe === '#' || safe.startsWith('#') || UNREWRITTEN.test(safe)) return null
    return absolute(safe, ctx.siteUrl)
  }
  return { link, resource, page, title: item.title, locale: ctx.locale, labels: { ...DEFAULT_LABELS, ...ctx.labels } }
}
