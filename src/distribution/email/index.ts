// Rendering a content item into an email newsletter. See render-newsletter.ts.
export { renderNewsletter } from './render-newsletter'
export { DEFAULT_LABELS, type EmailLabels } from './labels'
export type { NewsletterContext, NewsletterInput, NewsletterItem, NewsletterVariant, RenderedNewsletter, RewriteLink } from './types'
