import type { Payload } from 'payload'

import type { Channel, Delivery, Distribution } from '../../payload-types'
import type { ChannelKind } from '../kinds'

/** What a channel's adapter is given for one batch of one distribution. */
export type SendBatch = {
  payload: Payload
  channel: Channel
  /** With `content` populated (depth 1) — the items, in order. */
  distribution: Distribution
  /** The channel's variant of the distribution, if the marketer wrote one. */
  variant: NonNullable<Distribution['variants']>[number] | undefined
  /** Claimed deliveries (status `sending`): recipients for email, one placement row for the others. */
  deliveries: Delivery[]
  /**
   * Records one delivery's outcome at once (sent, with the transport's message id and any placement
   * data; or failed, retried later unless `permanent`). Call it right after each message: a worker killed
   * mid-batch then resends only what was not recorded.
   */
  record: (deliveryId: number, outcome: Outcome) => Promise<void>
  /** A tracked link for `url` on this distribution × channel (created once, then reused). */
  trackedLink: (url: string) => Promise<string>
  /** Aborted when the distribution is cancelled or the worker shuts down: stop between messages. */
  signal: AbortSignal
}

export type Outcome =
  | { ok: true; messageId?: string; placement?: Record<string, unknown> }
  | { ok: false; error: string; permanent?: boolean; bounced?: boolean }

/**
 * One per channel kind, in src/distribution/channels/<kind>.ts. `perRecipient` adapters (email) get one
 * delivery per contact of the audience; the others get one delivery per distribution × channel.
 */
export type ChannelAdapter = {
  kind: ChannelKind
  perRecipient: boolean
  /** Batch size and parallelism (email: from the channel's settings). */
  limits: (channel: Channel) => { batchSize: number; concurrency: number; ratePerMinute?: number }
  /** Sends a batch, calling `record` for every delivery; a throw fails the unrecorded rest (retried). */
  send: (batch: SendBatch) => Promise<void>
  /**
   * What the channel would send, for the marketer's preview: the batch has no deliveries and its
   * `trackedLink` returns the URL itself (a preview creates no links).
   */
  preview: (batch: SendBatch) => Promise<Record<string, unknown>>
}
