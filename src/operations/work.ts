import type { Payload, Where } from 'payload'

import { badRequest } from '../content/queries/errors'
import type { PayloadJob } from '../payload-types'
import { assertMayStartWork, type OperationsUser } from './access'
import type { WorkItem, WorkKind } from './types'
import { forgetJob, rememberJob, vanishedJobs, workProgress } from './work-progress'

/** What an admin may start from the dashboard. */
export const WORK_KINDS_STARTABLE = ['recompute-layers', 'recompute-attribution', 'recompute-growth'] as const
export type StartableWork = (typeof WORK_KINDS_STARTABLE)[number]

/** The jobs shown as long work, and their kinds. */
export const TASK_KINDS: Record<string, WorkKind> = {
  recomputeLayers: 'recompute-layers',
  recomputeAttribution: 'recompute-attribution',
  recomputeGrowth: 'recompute-growth',
  creditTransitions: 'credit-transitions',
  sendDistribution: 'send',
}
const TASK_OF: Record<StartableWork, 'recomputeLayers' | 'recomputeAttribution' | 'recomputeGrowth'> = {
  'recompute-layers': 'recomputeLayers',
  'recompute-attribution': 'recomputeAttribution',
  'recompute-growth': 'recomputeGrowth',
}

const HOUR_MS = 3_600_000
/** At most this many jobs are listed. */
const LIMIT = 100

type Job = Pick<PayloadJob, 'id' | 'taskSlug' | 'input' | 'completedAt' | 'hasError' | 'error' | 'log' | 'processing' | 'waitUntil' | 'createdAt' | 'updatedAt'>

const taskLabel = (payload: Payload, slug: string): string => {
  const label = (payload.config.jobs?.tasks ?? []).find((t) => t.slug === slug)?.label
  return typeof label === 'string' ? label : slug
}

const errorMessage = (job: Job): string | null => {
  if (!job.hasError) return null
  const e = job.error as { message?: unknown; cancelled?: unknown } | null | undefined
  if (e && typeof e === 'object' && typeof e.message === 'string') return e.message
  if (e && typeof e === 'object' && e.cancelled) return 'cancelled'
  const logged = [...(job.log ?? [])].reverse().find((l) => l.state === 'failed')?.error as { message?: unknown } | undefined
  return typeof logged?.message === 'string' ? logged.message : 'failed'
}

const distributionOf = (job: Job): number | null => {
  const input = job.input as { distributionId?: unknown } | null
  return input && typeof input === 'object' && Number(input.distributionId) > 0 ? Number(input.distributionId) : null
}

/**
 * Long work from the jobs queue (layer, attribution and growth recomputes, transition credits, distribution sends): what
 * is queued or running, and what finished or failed in the last hour, newest first; with done/total where known (a
 * distribution's sent of all recipients, an attribution recompute's conversions of all while it runs in this process).
 */
export const workInProgress = async (payload: Payload, _user: OperationsUser): Promise<WorkItem[]> => {
  const now = new Date()
  const hourAgo = new Date(now.getTime() - HOUR_MS).toISOString()
  const where: Where = {
    and: [
      { taskSlug: { in: Object.keys(TASK_KINDS) } },
      {
        or: [
          { processing: { equals: true } },
          { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }] }] },
          { and: [{ hasError: { equals: true } }, { updatedAt: { greater_than_equal: hourAgo } }] },
          { completedAt: { greater_than_equal: hourAgo } },
        ],
      },
    ],
  }
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where,
    sort: '-createdAt',
    limit: LIMIT,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { taskSlug: true, input: true, completedAt: true, hasError: true, error: true, log: true, processing: true, waitUntil: true, createdAt: true, updatedAt: true },
  })
  const jobs = docs as unknown as Job[]
  const distributionIds = [...new Set(jobs.map(distributionOf).filter((id): id is number => id != null))]
  const distributions = distributionIds.length
    ? (await payload.find({ collection: 'distributions', where: { id: { in: distributionIds } }, pagination: false, depth: 0, overrideAccess: true, select: { title: true, sentCount: true, totalCount: true } })).docs
    : []
  const distribution = new Map(distributions.map((d) => [Number(d.id), d]))

  const items: WorkItem[] = jobs.map((job) => {
    const id = String(job.id)
    const slug = job.taskSlug ?? ''
    const state: WorkItem['state'] = job.hasError ? 'failed' : job.completedAt ? 'done' : job.processing ? 'running' : 'queued'
    const firstRun = job.log?.[0]?.executedAt ?? null
    const startedAt = state === 'queued' ? null : (firstRun ?? (job.processing ? job.updatedAt : null))
    let label = taskLabel(payload, slug)
    let done: number | null = null
    let total: number | null = null
    const d = distributionOf(job) != null ? distribution.get(distributionOf(job)!) : undefined
    if (d) {
      label = `Send "${d.title}"`
      done = d.sentCount ?? 0
      total = d.totalCount ?? 0
    } else if (slug === 'recomputeAttribution') {
      const p = workProgress(id)
      if (p) ({ done, total } = p)
    }
    if (state === 'queued' || state === 'running') rememberJob({ id, taskSlug: slug, label, startedAt })
    else forgetJob(id)
    return { id, kind: TASK_KINDS[slug] ?? 'other', label, state, done, total, startedAt, finishedAt: state === 'done' ? (job.completedAt ?? null) : state === 'failed' ? job.updatedAt : null, error: errorMessage(job) }
  })
  // Payload deletes a job when it completes: one seen pending before and gone now is done.
  const present = new Set(items.map((i) => i.id))
  const gone = (await Promise.all(vanishedJobs(present).map(async (s) => ((await payload.count({ collection: 'payload-jobs', where: { id: { equals: s.id } }, overrideAccess: true })).totalDocs ? null : s)))).filter(
    (s) => s != null,
  )
  // A newer request of the same task replaces a waiting one (concurrency `supersedes`): that one did not finish.
  const superseded = (s: { id: string; taskSlug: string }) => items.some((i) => i.state === 'queued' && i.kind === (TASK_KINDS[s.taskSlug] ?? 'other') && Number(i.id) > Number(s.id))
  for (const s of gone) {
    if (superseded(s)) {
      forgetJob(s.id)
      continue
    }
    const p = s.taskSlug === 'recomputeAttribution' ? workProgress(s.id) : null
    items.push({ id: s.id, kind: TASK_KINDS[s.taskSlug] ?? 'other', label: s.label, state: 'done', done: p?.total ?? null, total: p?.total ?? null, startedAt: s.startedAt, finishedAt: s.finishedAt, error: null })
  }
  const order = { running: 0, queued: 1, failed: 2, done: 3 }
  return items.sort((a, b) => order[a.state] - order[b.state] || Number(b.id) - Number(a.id))
}

/** Queues a recompute (admins only: 401/403 otherwise) and returns it as queued work. */
export const startWork = async (payload: Payload, user: OperationsUser, kind: StartableWork): Promise<WorkItem> => {
  assertMayStartWork(user)
  if (!(WORK_KINDS_STARTABLE as readonly string[]).includes(kind)) throw badRequest(`kind must be one of ${WORK_KINDS_STARTABLE.join(', ')}`)
  const task = TASK_OF[kind]
  const reason = `started by ${user?.email ?? 'an admin'} on the operations dashboard`
  const job = task === 'recomputeGrowth' ? await payload.jobs.queue({ task, input: {} }) : await payload.jobs.queue({ task, input: { reason } })
  const id = String(job.id)
  const label = taskLabel(payload, task)
  rememberJob({ id, taskSlug: task, label, startedAt: null })
  return { id, kind, label, state: 'queued', done: null, total: null, startedAt: null, finishedAt: null, error: null }
}
