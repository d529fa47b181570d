import { z } from 'zod'

import { describeIssue } from '../../content/queries/schemas'

/** The single source of /v1/events request types and limits. */
export const LIMITS = { batchEvents: 500, batchBytes: 500 * 1024, propertiesBytes: 32 * 1024, futureSkewMs: 24 * 3600 * 1000 } as const

/** A non-empty trimmed id of at most `max` characters (also used by the conversion schema). */
export const id = (name: string, max = 200) =>
  z.string({ error: `${name} must be a string` }).trim().min(1, `${name} is empty`).max(max, `${name} is longer than ${max} characters`)
const text = (name: string, max: number) => z.string({ error: `${name} must be a string` }).max(max, `${name} is longer than ${max} characters`)

/** A JSON object of at most 32 KB (properties, traits). */
export const bag = (name: string) =>
  z
    .record(z.string(), z.unknown(), { error: `${name} must be an object` })
    .refine((value) => JSON.stringify(value).length <= LIMITS.propertiesBytes, `${name} is larger than ${LIMITS.propertiesBytes / 1024} KB`)

/** An ISO 8601 date-time, at most a day in the future (clock skew). */
export const timestamp = z
  .string({ error: 'timestamp must be an ISO 8601 string' })
  .datetime({ offset: true, error: 'timestamp must be an ISO 8601 date-time, e.g. 2026-11-29T09:00:00Z' })
  .refine((value) => Date.parse(value) <= Date.now() + LIMITS.futureSkewMs, 'timestamp is more than a day in the future')

const campaign = z
  .object({
    source: text('context.campaign.source', 200).optional(),
    medium: text('context.campaign.medium', 200).optional(),
    name: text('context.campaign.name', 200).optional(),
    term: text('context.campaign.term', 200).optional(),
    content: text('context.campaign.content', 200).optional(),
  })
  .partial()

const page = z
  .object({ url: text('context.page.url', 2000), path: text('context.page.path', 2000), referrer: text('context.page.referrer', 2000), title: text('context.page.title', 500) })
  .partial()

/** One event in Segment's shape (track, page, identify, alias). */
export const eventSchema = z
  .object({
    type: z.enum(['track', 'page', 'identify', 'alias'], { error: 'type must be track, page, identify or alias' }),
    event: text('event', 200).optional(),
    name: text('name', 200).optional(),
    messageId: id('messageId'),
    anonymousId: id('anonymousId').optional(),
    userId: id('userId').optional(),
    previousId: id('previousId').optional(),
    timestamp: timestamp.optional(),
    properties: bag('properties').optional(),
    traits: bag('traits').optional(),
    context: z.object({ campaign: campaign.optional(), page: page.optional() }).passthrough().optional(),
  })
  .refine((e) => e.anonymousId || e.userId, { message: 'an event needs anonymousId or userId' })
  .refine((e) => e.type !== 'track' || e.event, { message: 'a track event needs an event name' })
  .refine((e) => e.type !== 'alias' || (e.previousId && e.userId), { message: 'an alias needs previousId and userId' })

export type IncomingEvent = z.infer<typeof eventSchema>

/** The envelope; each event is checked on its own so one bad event does not sink the batch. */
export const batchSchema = z.object({
  batch: z
    .array(z.unknown(), { error: 'batch must be an array of events' })
    .min(1, 'batch is empty')
    .max(LIMITS.batchEvents, `batch has more than ${LIMITS.batchEvents} events`),
  writeKey: z.string().optional(),
})

/** The first problem of a failed parse, as one line: `path: message`. */
export const firstIssue = (error: z.ZodError): string => (error.issues[0] ? describeIssue(error.issues[0]) : 'invalid')
