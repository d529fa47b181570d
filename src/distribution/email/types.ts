import type { BlockInput } from '../../blocks'
import type { ContentCollection } from '../../content/content-collection'
import type { Guide, WhitePaper } from '../../payload-types'
import type { EmailLabels } from './labels'

/**
 * Turns an outgoing link into the one the email carries (a tracked link). `url` is absolute;
 * `label` is the link's visible text. Called once per distinct link and label in one render, and
 * both parts of the email use the result.
 */
export type RewriteLink = (url: string, label: string) => string

/** One channel's wording of a distribution: what this newsletter says around the item. */
export type NewsletterVariant = {
  subject: string
  /** The inbox preview line after the subject; hidden in the body. */
  preheader?: string | null
  /** Opening copy above the item; the item's summary stands in when it is empty. */
  intro?: string | null
  image?: { url: string; alt?: string | null } | null
  cta?: { label?: string | null; url?: string | null } | null
}

/**
 * The fields of a content item the newsletter reads. Every content type's generated document is
 * assignable to it (landing pages and product copy have no body, only guides have steps).
 */
export type NewsletterItem = {
  title: string
  slug: string
  summary?: string | null
  body?: WhitePaper['body']
  steps?: Guide['steps']
  layout?: readonly BlockInput[] | null
}

export type NewsletterContext = {
  /** Origin of the public site, e.g. `https://www.example.com`: relative links and images resolve against it. */
  siteUrl: string
  rewriteLink: RewriteLink
  /** Used as given (often a per-recipient placeholder the mailer fills in): never resolved or rewritten. */
  unsubscribeUrl: string
  /** The open pixel, used as given like `unsubscribeUrl`. */
  pixelUrl: string
  /** Locale of the item: its page URL, number formats and the `lang` of the document. */
  locale?: string
  /** Fixed wording of the email (footer, buttons); English unless given. */
  labels?: Partial<EmailLabels>
}

export type NewsletterInput = {
  item: NewsletterItem
  collection: ContentCollection
  variant: NewsletterVariant
  ctx: NewsletterContext
}

export type RenderedNewsletter = { html: string; text: string }

/** What each converter gets: link and image URL resolution bound to one render. */
export type EmailEnv = {
  /** Final href of a link (absolute, rewritten), or null when the URL is unusable. */
  link: (url: unknown, label: string) => string | null
  /** Absolute URL of an image; null when unusable. Never rewritten. */
  resource: (url: unknown) => string | null
  /** Absolute URL of the item on the site, not rewritten yet. */
  page: string
  /** The item's title, shown once at the top; blocks that repeat it leave it out. */
  title: string
  locale?: string
  labels: EmailLabels
}

/** One piece of the email in both forms. An empty `html` means the piece is left out. */
export type EmailPart = { html: string; text: string }

export const EMPTY_PART: EmailPart = Object.freeze({ html: '', text: '' })
