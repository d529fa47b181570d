import crypto from 'node:crypto'

import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer'
import type { Payload } from 'payload'

import type { RichTextBlockData } from '../../blocks/RichText/render'
import type { ContentCollection } from '../../content/content-collection'
import { contentUrl } from '../../content/queries/content-item'
import { DEFAULT_MAIL_FROM } from '../../email/adapter'
import { logTransport } from '../../email/log-transport'
import { siteUrl } from '../../env/site-url'
import type { Contact, Delivery, Distribution } from '../../payload-types'
import { h2, link, richText, ul } from '../../seed/data/richtext'
import { renderNewsletter, type NewsletterItem, type NewsletterVariant, type RewriteLink } from '../email'
import { pixelUrl, unsubscribeUrl } from '../email/tokens'
import type { ChannelAdapter, Outcome, SendBatch } from './adapter'
import { acquire } from './email-transport'

/** The outcome of a recipient who unsubscribed, bounced or withdrew consent after being queued. */
export const SUPPRESSED: Outcome = Object.freeze({ ok: false, error: 'suppressed', permanent: true })

type Loaded = { collection: ContentCollection; item: NewsletterItem }
/** Random per batch, replaced per recipient: a delivery's id in tracked links, its unsubscribe URL and pixel. */
type Marks = { delivery: string; unsubscribe: string; pixel: string }
type Newsletter = { subject: string; html: string; text: string }

// The first item is rendered whole, so it is loaded again at depth 1 (its images and linked documents);
// the others of a digest only need a title and a slug.
const loadContent = (payload: Payload, distribution: Distribution): Promise<Loaded[]> =>
  Promise.all(
    distribution.content.map(async ({ relationTo, value }, i): Promise<Loaded> => {
      if (i > 0 && typeof value === 'object') return { collection: relationTo, item: value }
      const id = typeof value === 'object' ? value.id : value
      const doc = await payload.findByID({ collection: relationTo, id, depth: i === 0 ? 1 : 0, overrideAccess: true })
      return { collection: relationTo, item: doc }
    }),
  )

/** A digest: the first item, then a list of links to the others (which go through tracked links too). */
const withDigest = (item: NewsletterItem, others: Loaded[]): NewsletterItem => {
  if (!others.length) return item
  const list = ul(...others.map((o) => link(contentUrl(o.collection, o.item.slug), o.item.title)))
  const block: RichTextBlockData = { blockType: 'richText', id: 'digest', content: richText(h2('More in this issue'), list) }
  return { ...item, layout: [...(item.layout ?? []), block] }
}

const toVariant = async (payload: Payload, variant: SendBatch['variant'], title: string): Promise<NewsletterVariant> => {
  const image = typeof variant?.image === 'number' ? await payload.findByID({ collection: 'media', id: variant.image, depth: 0, overrideAccess: true }) : variant?.image
  return {
    subject: variant?.subject?.trim() || title,
    preheader: variant?.preheader,
    intro: variant?.copy,
    image: image?.url ? { url: image.url, alt: image.alt } : null,
    cta: { label: variant?.ctaLabel, url: variant?.ctaUrl },
  }
}

const withParam = (url: string, name: string, value: string) => `${url}${url.includes('?') ? '&' : '?'}${name}=${value}`

/**
 * The batch's newsletter, rendered once with marks for what differs per recipient. renderNewsletter's
 * rewriteLink is synchronous, so a first pass collects the links, their tracked links are created
 * (or found), and a second pass writes them.
 */
const renderBatch = async (batch: SendBatch, marks: Marks): Promise<Newsletter> => {
  const [first, ...others] = await loadContent(batch.payload, batch.distribution)
  if (!first) throw new Error(`distribution ${batch.distribution.id} has no content`)
  const variant = await toVariant(batch.payload, batch.variant, first.item.title)
  const item = withDigest(first.item, others)
  const ctx = { siteUrl: siteUrl().origin, unsubscribeUrl: marks.unsubscribe, pixelUrl: marks.pixel }
  const render = (rewriteLink: RewriteLink) => renderNewsletter({ item, collection: first.collection, variant, ctx: { ...ctx, rewriteLink } })
  const urls = new Set<string>()
  render((url) => (urls.add(url), url))
  const tracked = new Map<string, string>()
  for (const url of urls) tracked.set(url, await batch.trackedLink(url))
  const { html, text } = render((url) => withParam(tracked.get(url) ?? url, 'd', marks.delivery))
  return { subject: variant.subject, html, text }
}

/** The contacts of the batch as they are now: suppression is checked again at send time. */
const loadContacts = async (payload: Payload, deliveries: Delivery[]): Promise<Map<number, Contact>> => {
  const ids = [...new Set(deliveries.map((d) => d.contactId).filter((id): id is number => typeof id === 'number'))]
  if (!ids.length) return new Map()
  const { docs } = await payload.find({ collection: 'contacts', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true })
  return new Map(docs.map((c) => [Number(c.id), c]))
}

const suppressed = (contact: Contact | undefined) => !contact?.consent?.email || Boolean(contact.suppression?.unsubscribedAt || contact.suppression?.bouncedAt)

const FROM = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/

/** The channel's sender; what it leaves empty comes from MAIL_FROM, as for Payload's own mail. */
const sender = (email: SendBatch['channel']['email']) => {
  const fallback = process.env.MAIL_FROM || DEFAULT_MAIL_FROM
  const m = FROM.exec(fallback)
  return { name: email?.fromName?.trim() || m?.[1]?.trim() || 'Flywheel', address: email?.fromAddress?.trim() || (m ? m[2] : fallback).trim() }
}

/** The same for every attempt of a delivery, so a resend after a crash is recognisable as the same message. */
const messageIdOf = (sendKey: string, fromAddress: string) =>
  `<${crypto.createHash('sha256').update(sendKey).digest('hex').slice(0, 32)}@${fromAddress.split('@').pop() || 'flywheel.localhost'}>`

type SmtpError = { message?: string; code?: string; responseCode?: number; command?: string }

/**
 * A 5xx answer to the recipient or the message is a hard bounce: permanent. Anything else is retried:
 * connection errors, 4xx, and a 5xx to MAIL FROM or AUTH (the sender or the credentials, a problem of
 * the channel, not of the recipient — bouncing on it would suppress the whole audience).
 */
export const smtpOutcome = (err: unknown): Outcome => {
  const e = (err ?? {}) as SmtpError
  const error = String(e.message ?? err).slice(0, 500)
  const code = Number(e.responseCode)
  if (code >= 500 && code < 600 && (e.command === 'RCPT TO' || e.command === 'DATA')) return { ok: false, error, permanent: true, bounced: true }
  if (e.code === 'EENVELOPE' && e.command === 'API') return { ok: false, error, permanent: true }
  return { ok: false, error }
}

/** Runs `task` on `items`, `limit` at a time, taking none once `signal` is aborted; rethrows the first error. */
const eachLimited = async <T>(items: T[], limit: number, signal: AbortSignal, task: (item: T) => Promise<void>) => {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async () => {
    while (next < items.length && !signal.aborted && !failure) {
      const item = items[next++]
      await task(item).catch((error: unknown) => void (failure ??= { error }))
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  if (failure) throw failure.error
}

const limits = (channel: SendBatch['channel']) => ({
  batchSize: channel.email?.batchSize || 50,
  concurrency: channel.email?.concurrency || 2,
  ratePerMinute: channel.email?.ratePerMinute || 600,
})

/**
 * The newsletter of a distribution to each recipient of the batch, with per-recipient tracked links
 * (`?d=<delivery>`), open pixel and one-click unsubscribe (RFC 8058: https://www.rfc-editor.org/rfc/rfc8058).
 */
export const emailAdapter: ChannelAdapter = {
  preview: async (batch) => renderBatch(batch, { delivery: 'preview', unsubscribe: '#unsubscribe', pixel: 'data:,' }),
  kind: 'email',
  perRecipient: true,
  limits,
  send: async (batch) => {
    const { channel, deliveries, signal } = batch
    if (!deliveries.length || signal.aborted) return
    // At least as long as any delivery id, so the text part's line wrapping still holds once it is replaced.
    const mark = () => `fw${crypto.randomBytes(8).toString('hex')}`
    const marks: Marks = { delivery: mark(), unsubscribe: mark(), pixel: mark() }
    const [mail, contacts] = await Promise.all([renderBatch(batch, marks), loadContacts(batch.payload, deliveries)])
    const { concurrency } = limits(channel)
    const from = sender(channel.email)
    const { transport, release } = acquire(channel, concurrency)
    const deliver = async (delivery: Delivery): Promise<Outcome> => {
      const contact = delivery.contactId == null ? undefined : contacts.get(delivery.contactId)
      if (suppressed(contact)) return SUPPRESSED
      const to = delivery.email || contact?.email
      if (!to) return { ok: false, error: 'no email address', permanent: true }
      const unsubscribe = unsubscribeUrl(delivery.id)
      const fill = (s: string) => s.replaceAll(marks.delivery, String(delivery.id)).replaceAll(marks.unsubscribe, unsubscribe).replaceAll(marks.pixel, pixelUrl(delivery.id))
      const message: SendMailOptions = {
        from,
        to,
        replyTo: channel.email?.replyTo || undefined,
        subject: mail.subject,
        text: fill(mail.text),
        html: fill(mail.html),
        messageId: messageIdOf(delivery.sendKey, from.address),
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      }
      try {
        await transport.sendMail(message)
        return { ok: true, messageId: message.messageId }
      } catch (err) {
        return smtpOutcome(err)
      }
    }

    try {
      await eachLimited(deliveries, concurrency, signal, async (delivery) => batch.record(delivery.id, await deliver(delivery)))
    } finally {
      release()
    }
  },
}
