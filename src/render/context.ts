import { safeUrl } from './escape'

/** Options for one render. Everything is optional: a page on the site needs none of them. */
export type RenderContext = {
  /**
   * Origin such as `https://example.com`. When set, relative links, image sources and the form
   * action become absolute — emails and feeds have no page URL to resolve them against.
   */
  baseUrl?: string
  /** Applied to every outgoing link (CTAs, logos, links in rich text), e.g. to make tracked links. */
  rewriteLink?: (url: string) => string
  /** Locale of the content; used where output is formatted (numbers in Stats). */
  locale?: string
}

const hasScheme = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url)

const absolutize = (url: string, baseUrl: string | undefined): string => {
  if (!baseUrl || hasScheme(url)) return url
  try {
    return new URL(url, baseUrl).toString()
  } catch {
    return url
  }
}

/**
 * The href of an outgoing link: made safe, absolute against `baseUrl`, then `rewriteLink`.
 * In-page fragments, mailto: and tel: are not rewritten: a redirecting tracker cannot follow them.
 * The rewriter's result is checked again so a bug there cannot emit a script URL.
 */
export const linkHref = (url: unknown, ctx: RenderContext): string => {
  const safe = safeUrl(url)
  if (safe.startsWith('#') || /^(mailto|tel):/i.test(safe)) return safe
  const absolute = absolutize(safe, ctx.baseUrl)
  return ctx.rewriteLink ? safeUrl(ctx.rewriteLink(absolute)) : absolute
}

/** URL of an image, video or form action: safe and absolute, never rewritten. `null` when unusable. */
export const resourceUrl = (url: unknown, ctx: RenderContext): string | null => {
  const safe = safeUrl(url)
  if (safe.startsWith('#') || /^(mailto|tel):/i.test(safe)) return null
  return absolutize(safe, ctx.baseUrl)
}
