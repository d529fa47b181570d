import type { Payload, PayloadRequest } from 'payload'

import type { ChannelKind, DistributionStatus } from '../distribution/kinds'
import { clock, firstRunAt } from '../distribution/schedule/first-run'
import { nextLocalTime } from '../distribution/schedule/local-time'
import type { Distribution } from '../payload-types'

export type DistributionCalendarItem = {
  kind: 'distribution'
  id: number
  title: string
  /** The occurrence's: the next issues of a digest that is sending now are `scheduled`. */
  status: DistributionStatus
  at: string
  channels: { id: number; name: string; kind: ChannelKind }[]
  /** One issue of a weekly digest. */
  recurring: boolean
  sentCount: number
  totalCount: number
}

/** A calendar with more distributions than this in one range needs a narrower range. */
const LIMIT = 1000
const DAY = 86_400_000
const FINISHED: DistributionStatus[] = ['sent', 'partially-failed', 'failed', 'cancelled']

type Row = Pick<Distribution, 'id' | 'title' | 'status' | 'channels' | 'schedule' | 'progress' | 'sentCount' | 'totalCount'>
type Range = { from: Date; to: Date }
type Weekly = Distribution['schedule']

const ruleOf = (schedule: Weekly) => ({ timeZone: schedule.timeZone || 'UTC', ...clock(schedule.localTime), weekday: Number(schedule.weekday ?? 1) })

/**
 * The issues of a weekly digest in [from, to): `first`, then each weekday at its local time in its
 * zone (DST moves the UTC time, not the local one). At most one a week, so a year is ~53 dates.
 */
export const weeklyIssues = (schedule: Weekly, first: Date, { from, to }: Range): Date[] => {
  const rule = ruleOf(schedule)
  const dates: Date[] = []
  let at = first >= from ? first : nextLocalTime({ ...rule, after: new Date(from.getTime() - 1) })
  while (at < to) {
    dates.push(at)
    at = nextLocalTime({ ...rule, after: at })
  }
  return dates
}

/** The issue a weekly digest that is sending at `now` is on: its latest weekday slot not after now. */
export const currentIssue = (schedule: Weekly, now: Date): Date => {
  const rule = ruleOf(schedule)
  let at = nextLocalTime({ ...rule, after: new Date(now.getTime() - 8 * DAY) })
  for (let next = nextLocalTime({ ...rule, after: at }); next <= now; next = nextLocalTime({ ...rule, after: next })) at = next
  return at
}

/** One distribution's places on the calendar, before range filtering (a digest's are already in range). */
const occurrences = (doc: Row, range: Range, now: Date): { at: Date; status: DistributionStatus; recurring: boolean }[] => {
  const status = doc.status as DistributionStatus
  const { progress, schedule } = doc
  const weekly = schedule?.repeat === 'weekly'
  if (weekly && (status === 'scheduled' || status === 'sending')) {
    const first = status === 'sending' ? currentIssue(schedule, now) : progress?.nextRunAt ? new Date(progress.nextRunAt) : firstRunAt(schedule, now)
    return weeklyIssues(schedule, first, range).map((at) => ({ at, status: at.getTime() === first.getTime() ? status : 'scheduled', recurring: true }))
  }
  const at =
    status === 'scheduled' ? (progress?.nextRunAt ?? schedule?.at) : status === 'sending' ? (progress?.startedAt ?? progress?.nextRunAt) : FINISHED.includes(status) ? progress?.finishedAt : null
  return at ? [{ at: new Date(at), status, recurring: weekly }] : []
}

/**
 * Distributions on the calendar in [from, to), sorted by time: scheduled ones when they next run (or
 * their set time), sending ones since they started, finished ones when they finished, and each issue
 * of an active weekly digest. A digest's past issues are in its deliveries, not here. Reads as the
 * request's user (the collection's read rule decides) unless `overrideAccess`.
 */
export const listDistributions = async (
  payload: Payload,
  range: Range,
  { req, now = new Date(), overrideAccess = false }: { req?: Partial<PayloadRequest>; now?: Date; overrideAccess?: boolean } = {},
): Promise<DistributionCalendarItem[]> => {
  const { from, to } = range
  const within = { greater_than_equal: from.toISOString(), less_than: to.toISOString() }
  const { docs } = await payload.find({
    collection: 'distributions',
    depth: 0,
    limit: LIMIT,
    pagination: false,
    overrideAccess,
    select: { title: true, status: true, channels: true, schedule: true, progress: true, sentCount: true, totalCount: true },
    // A coarse filter; occurrences() decides exactly.
    where: {
      or: [
        { and: [{ status: { in: ['scheduled', 'sending'] } }, { 'schedule.repeat': { equals: 'weekly' } }] },
        { and: [{ status: { equals: 'scheduled' } }, { or: [{ 'progress.nextRunAt': within }, { 'schedule.at': within }] }] },
        { and: [{ status: { equals: 'sending' } }, { or: [{ 'progress.startedAt': within }, { 'progress.nextRunAt': within }] }] },
        { and: [{ status: { in: FINISHED } }, { 'progress.finishedAt': within }] },
      ],
    },
    req,
  })
  const rows = docs as unknown as Row[]
  const channelIds = [...new Set(rows.flatMap((d) => (d.channels ?? []).map((c) => (typeof c === 'object' ? c.id : c))))]
  const channels = channelIds.length
    ? (await payload.find({ collection: 'channels', depth: 0, pagination: false, overrideAccess, select: { name: true, kind: true }, where: { id: { in: channelIds } }, req })).docs
    : []
  const byId = new Map(channels.map((c) => [c.id, { id: c.id, name: c.name, kind: c.kind }]))

  return rows
    .flatMap((doc) =>
      occurrences(doc, range, now)
        .filter(({ at }) => at >= from && at < to)
        .map(({ at, status, recurring }) => ({
          kind: 'distribution' as const,
          id: doc.id,
          title: doc.title || `#${doc.id}`,
          status,
          at: at.toISOString(),
          channels: (doc.channels ?? []).flatMap((c) => byId.get(typeof c === 'object' ? c.id : c) ?? []),
          recurring,
          sentCount: doc.sentCount ?? 0,
          totalCount: doc.totalCount ?? 0,
        })),
    )
    .sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id)
}
