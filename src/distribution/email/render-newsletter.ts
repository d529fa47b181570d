import { escapeHtml } from '../../render/escape'
import { blocksEmail } from './blocks'
import { ctaPart } from './blocks/call-to-action'
import { footerPart } from './footer'
import { anchor, heading, image, paragraphs, row } from './html'
import { emailDocument } from './layout'
import { createEmailEnv } from './links'
import { stepsEmail } from './steps'
import { CONTAINER_WIDTH, STYLES } from './styles'
import { textBlocks, textHeading, textParagraphs } from './text'
import type { EmailPart, NewsletterInput, RenderedNewsletter } from './types'

/**
 * A content item as a newsletter, in HTML (inline styles, table layout) and plain text. Pure: the
 * caller supplies tracked links through `ctx.rewriteLink` and the final unsubscribe and pixel URLs.
 *
 * Order: the variant's image, the item's title (linked to its page) and the intro, then the body,
 * a guide's steps and the layout blocks as on the site, then the variant's call to action and the
 * footer. Every link except the unsubscribe link goes through `rewriteLink`.
 */
export const renderNewsletter = (input: NewsletterInput): RenderedNewsletter => {
  const { item, variant, ctx } = input
  const env = createEmailEnv(input)
  const title = item.title
  const titleHref = env.link(env.page, title)
  const intro = variant.intro?.trim() || item.summary || ''
  const imageAlt = variant.image?.alt?.trim() || ''
  const header: EmailPart = {
    html: heading(1, anchor(titleHref, escapeHtml(title), STYLES.titleLink)) + paragraphs(intro),
    text: textBlocks(textHeading(title, 1), titleHref, textParagraphs(intro)),
  }
  const body = item.body ? [{ blockType: 'richText', id: 'body', content: item.body }] : []
  const parts = [
    ...blocksEmail(body, env),
    ...stepsEmail(item.steps, env),
    ...blocksEmail(item.layout, env),
    ctaPart(variant.cta, env),
  ].filter((part) => part.html)
  const footer = footerPart(env.labels, ctx.unsubscribeUrl)
  const banner = variant.image?.url
    ? image(env.resource(variant.image.url), imageAlt, { href: env.link(env.page, imageAlt || title), width: CONTAINER_WIDTH })
    : ''
  const html = emailDocument({
    lang: ctx.locale || 'en',
    subject: variant.subject,
    preheader: variant.preheader ?? '',
    rows: [row(banner, STYLES.imageCell), row(header.html, STYLES.headerCell), ...parts.map((part) => row(part.html))],
    footer: footer.html,
    pixelUrl: ctx.pixelUrl,
  })
  const text = textBlocks(header.text, ...parts.map((part) => part.text), `---\n${footer.text}`)
  return { html, text: `${text}\n` }
}
