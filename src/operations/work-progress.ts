/**
 * What this process knows about long work beyond the jobs table: progress reported by running tasks (done of total), and
 * jobs it saw pending that have since disappeared — Payload deletes a job once it completes, so a job that vanished
 * without an error finished. Kept for an hour; a worker in another process reports no progress here (done/total null).
 */
const HOUR_MS = 3_600_000

type Progress = { done: number; total: number; at: number }
export type SeenJob = { id: string; taskSlug: string; label: string; startedAt: string | null; finishedAt: string | null; seenAt: number }

const progress = new Map<string, Progress>()
const seen = new Map<string, SeenJob>()

const prune = (now: number) => {
  for (const [id, p] of progress) if (now - p.at > HOUR_MS) progress.delete(id)
  for (const [id, s] of seen) if (now - s.seenAt > HOUR_MS && (!s.finishedAt || now - Date.parse(s.finishedAt) > HOUR_MS)) seen.delete(id)
}

/** A running task's progress (e.g. recomputeAttribution's conversions credited of all). */
export const reportWorkProgress = (jobId: number | string, done: number, total: number): void => {
  const now = Date.now()
  prune(now)
  progress.set(String(jobId), { done, total, at: now })
}

export const workProgress = (jobId: number | string): { done: number; total: number } | null => {
  const p = progress.get(String(jobId))
  return p ? { done: p.done, total: p.total } : null
}

/** Remembers a pending job as seen now. */
export const rememberJob = (job: Omit<SeenJob, 'seenAt' | 'finishedAt'>): void => {
  const now = Date.now()
  prune(now)
  const known = seen.get(job.id)
  seen.set(job.id, { ...job, startedAt: job.startedAt ?? known?.startedAt ?? null, finishedAt: null, seenAt: now })
}

/** Jobs seen pending before that are no longer in the table: marked finished now (first time) and returned. */
export const vanishedJobs = (present: Set<string>): SeenJob[] => {
  const now = Date.now()
  prune(now)
  const out: SeenJob[] = []
  for (const s of seen.values()) {
    if (present.has(s.id)) continue
    if (!s.finishedAt) s.finishedAt = new Date(now).toISOString()
    out.push(s)
  }
  return out
}

/** Forgets a job (it is in the table with an error, so the table tells). */
export const forgetJob = (id: string): void => {
  seen.delete(id)
}
