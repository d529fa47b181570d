import type { Payload } from 'payload'

import type { ContentCollection } from '../../content/content-collection'
import type { Delivery, Distribution } from '../../payload-types'
import { SIGNATURE_HEADER, signPayload } from '../webhook/signature'
import type { ChannelAdapter, Outcome, SendBatch } from './adapter'
import { absoluteSiteUrl, distributedItems, itemPublishedAt, itemSummary, itemUrl, loadMedia, mediaUrl, NO_ITEMS, refusedLink } from './items'

export const WEBHOOK_EVENT = 'distribution.published'
export const WEBHOOK_USER_AGENT = 'Flywheel-Webhooks/1'
const DEFAULT_TIMEOUT_MS = 10_000
const EXCERPT_CHARS = 200

/** The JSON body of a delivery; `id` is the delivery's sendKey, the same on every retry. */
export type WebhookEvent = {
  id: string
  type: typeof WEBHOOK_EVENT
  distribution: { id: number; title: string; campaign: string | null }
  channel: { id: number; slug: string }
  items: { collection: ContentCollection; id: number; title: string; summary: string | null; url: string; publishedAt: string | null }[]
  variant: { subject: string | null; copy: string | null; cta: { label: string | null; url: string } | null; image: string | null }
  sentAt: string
}

const campaignKey = async (payload: Payload, campaign: Distribution['campaign']): Promise<string | null> => {
  if (!campaign) return null
  if (typeof campaign === 'object') return campaign.key
  const doc = await payload.findByID({ collection: 'campaigns', id: campaign, depth: 0, overrideAccess: true, disableErrors: true })
  return doc?.key ?? null
}

/** Everything but `id` and `sentAt`: the same for every delivery of the batch, tracked links included. */
export const buildEvent = async (batch: SendBatch): Promise<Omit<WebhookEvent, 'id' | 'sentAt'>> => {
  const { payload, distribution, channel, variant } = batch
  const items = []
  for (const item of distributedItems(distribution)) {
    const { collection, doc } = item
    items.push({ collection, id: doc.id, title: doc.title, summary: itemSummary(item), url: await batch.trackedLink(itemUrl(item)), publishedAt: itemPublishedAt(item) })
  }
  const cta = variant?.ctaUrl ? { label: variant.ctaLabel ?? null, url: await batch.trackedLink(absoluteSiteUrl(variant.ctaUrl)) } : null
  const image = mediaUrl(payload, await loadMedia(payload, variant?.image))
  return {
    type: WEBHOOK_EVENT,
    distribution: { id: distribution.id, title: distribution.title, campaign: await campaignKey(payload, distribution.campaign) },
    channel: { id: channel.id, slug: channel.slug },
    items,
    variant: { subject: variant?.subject ?? null, copy: variant?.copy ?? null, cta, image },
  }
}

/** The first characters of an error response, read no further than needed. */
const excerpt = async (res: Response): Promise<string> => {
  const reader = res.body?.getReader()
  if (!reader) return ''
  const decoder = new TextDecoder()
  let text = ''
  try {
    for (let chunk = await reader.read(); !chunk.done && text.length < EXCERPT_CHARS * 4; chunk = await reader.read()) text += decoder.decode(chunk.value, { stream: true })
  } catch {
    // A body cut off by the timeout: what arrived is enough.
  } finally {
    void reader.cancel().catch(() => {})
  }
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat
}

const networkError = (err: unknown, timeoutMs: number): string => {
  if (err instanceof Error && err.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined
  return `request failed: ${cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err))}`
}

/**
 * POSTs one signed event. 2xx: delivered. 408, 429, 5xx, timeouts and network errors: retried later.
 * Any other answer (a 4xx, 410 Gone, a redirect, which is not followed) will not change on a retry.
 * Null when the batch was aborted mid-request: the delivery stays unrecorded.
 */
export const postEvent = async (batch: SendBatch, delivery: Delivery, event: Omit<WebhookEvent, 'id' | 'sentAt'>): Promise<Outcome | null> => {
  const { url, secret, timeoutMs } = batch.channel.webhook ?? {}
  if (!url) return { ok: false, permanent: true, error: 'The webhook channel has no URL' }
  if (!secret) return { ok: false, permanent: true, error: 'The webhook channel has no signing secret: save the channel to generate one' }
  const now = new Date()
  // Signed and sent as the same bytes: receivers verify the raw body (src/distribution/webhook/signature.ts).
  const body = Buffer.from(JSON.stringify({ id: delivery.sendKey, ...event, sentAt: now.toISOString() } satisfies WebhookEvent))
  const headers = {
    'content-type': 'application/json',
    'user-agent': WEBHOOK_USER_AGENT,
    [SIGNATURE_HEADER]: signPayload(secret, body, now),
    'Idempotency-Key': delivery.sendKey,
  }
  const ms = timeoutMs ?? DEFAULT_TIMEOUT_MS
  const signal = AbortSignal.any([AbortSignal.timeout(ms), batch.signal])
  try {
    const res = await fetch(url, { method: 'POST', headers, body, signal, redirect: 'manual' })
    if (res.ok) {
      void res.body?.cancel().catch(() => {})
      return { ok: true, messageId: res.headers.get('x-request-id')?.slice(0, 200) || undefined }
    }
    const text = await excerpt(res)
    const permanent = res.status < 500 && res.status !== 408 && res.status !== 429
    const hint = res.status >= 300 && res.status < 400 ? ' (redirects are not followed: use the final URL)' : ''
    return { ok: false, permanent, error: `HTTP ${res.status}${hint}${text ? `: ${text}` : ''}` }
  } catch (err) {
    if (batch.signal.aborted) return null
    return { ok: false, error: networkError(err, ms) }
  }
}

/** Signed JSON to the channel's URL, one delivery at a time (the receiver's order is the send order). */
export const webhookAdapter: ChannelAdapter = {
  preview: async (batch) => ({ id: 'preview', ...(await buildEvent(batch)), sentAt: new Date().toISOString() }),
  kind: 'webhook',
  perRecipient: false,
  limits: () => ({ batchSize: 1, concurrency: 1 }),
  send: async (batch) => {
    const event = distributedItems(batch.distribution).length ? await buildEvent(batch).catch(refusedLink) : NO_ITEMS
    for (const delivery of batch.deliveries) {
      if (batch.signal.aborted) return
      const outcome = 'ok' in event ? event : await postEvent(batch, delivery, event)
      if (!outcome) return
      await batch.record(delivery.id, outcome)
    }
  },
}
