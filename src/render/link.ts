import { linkHref, type RenderContext } from './context'
import { escapeHtml } from './escape'
import { attrs } from './html'

/** A `{ label, url }` pair as editors enter it for calls to action. */
export type LinkData = { label?: string | null; url?: string | null }

/** A call-to-action link styled as a button; nothing when the label or URL is missing. */
export const renderButton = (
  link: LinkData | null | undefined,
  variant: 'primary' | 'secondary',
  ctx: RenderContext,
): string => {
  if (!link?.label || !link.url) return ''
  const href = linkHref(link.url, ctx)
  return `<a${attrs({ class: `fw-button fw-button--${variant}`, href })}>${escapeHtml(link.label)}</a>`
}
