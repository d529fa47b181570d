import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'
import { createUser, loginHeader } from '../helpers/users'
import { clients, draftArticle, eventually, TRANSITION_MUTATION } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

describe('scheduled publishing on the jobs queue', () => {
  let server: Server
  let api: ReturnType<typeof clients>
  let editor: string, reviewer: string, marketer: string

  beforeAll(async () => {
    // The server's own in-process runner, ticking every second.
    server = await bootServer({ JOBS_AUTORUN: 'on', JOBS_INTERVAL_SECONDS: '1' })
    api = clients(server.url)
    await createUser(server.payload, ['admin']) // the first user always becomes an admin
    editor = await loginHeader(server.url, await createUser(server.payload, ['editor']))
    reviewer = await loginHeader(server.url, await createUser(server.payload, ['reviewer']))
    marketer = await loginHeader(server.url, await createUser(server.payload, ['marketer']))
  })
  afterAll(async () => server?.close())

  const approved = async (title: string) => {
    const id = await draftArticle(server.payload, title)
    expect((await api.transition(editor, 'articles', id, { to: 'in_review' })).status).toBe(200)
    expect((await api.transition(reviewer, 'articles', id, { to: 'approved' })).status).toBe(200)
    return id
  }
  const pendingJobs = async (action: 'publish' | 'unpublish', id: number | string) =>
    (
      await server.payload.find({
        collection: 'payload-jobs',
        where: { and: [{ concurrencyKey: { equals: `${action}:articles:${id}` } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
        depth: 0,
      })
    ).docs
  const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString()

  it('publishes a scheduled article when its time comes, and an anonymous reader then sees it', async () => {
    const id = await approved('Goes live by itself')
    const publishAt = inSeconds(3)
    const res = await api.transition(marketer, 'articles', id, { to: 'scheduled', publishAt, comment: 'Launch day' })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(res.json.doc).toMatchObject({ workflowState: 'scheduled', _status: 'draft', publishAt: new Date(publishAt).toISOString() })
    expect(await pendingJobs('publish', id)).toHaveLength(1)
    expect((await api.rest('GET', `/api/articles/${id}`)).status).not.toBe(200)

    const live = await eventually(async () => {
      const read = await api.rest('GET', `/api/articles/${id}`)
      return read.status === 200 ? read.json : undefined
    }, 20_000, 'the scheduled publish')
    expect(live).toMatchObject({ title: 'Goes live by itself', workflowState: 'published', _status: 'published' })
    expect(Date.now()).toBeGreaterThanOrEqual(new Date(publishAt).getTime() - 1000)
    const doc = await server.payload.findByID({ collection: 'articles', id, draft: true })
    expect(doc.workflowLog?.at(-1)).toMatchObject({ from: 'scheduled', to: 'published', actor: 'system', by: null })
  })

  it('replaces the pending job when rescheduled and drops it when the schedule is cancelled', async () => {
    const id = await approved('Moves around')
    const gql = (vars: Record<string, unknown>) => api.gql(marketer, TRANSITION_MUTATION, { id: String(id), ...vars })
    expect((await gql({ to: 'scheduled', publishAt: inSeconds(3600) })).errors).toBeUndefined()
    const later = inSeconds(7200)
    // Rescheduling is a PATCH of publishAt on a scheduled document (or the same transition again).
    expect((await api.patch(marketer, 'articles', id, { publishAt: later })).status).toBe(200)
    const jobs = await pendingJobs('publish', id)
    expect(jobs).toHaveLength(1)
    expect(new Date(jobs[0].waitUntil!).toISOString()).toBe(new Date(later).toISOString())
    expect(jobs[0].input).toMatchObject({ collection: 'articles', id: String(id), at: new Date(later).toISOString() })

    const editorTries = await api.patch(editor, 'articles', id, { publishAt: inSeconds(60) })
    expect(editorTries.status, JSON.stringify(editorTries.json)).toBe(403)

    expect((await gql({ to: 'approved', comment: 'Hold it' })).data?.transition).toMatchObject({ workflowState: 'approved', publishAt: null })
    expect(await pendingJobs('publish', id)).toHaveLength(0)
  })

  it('an edit of scheduled content sends it back to draft and cancels its publish job', async () => {
    const id = await approved('Edited after approval')
    expect((await api.transition(marketer, 'articles', id, { to: 'scheduled', publishAt: inSeconds(3600) })).status).toBe(200)
    expect(await pendingJobs('publish', id)).toHaveLength(1)
    expect((await api.patch(editor, 'articles', id, { summary: 'One more sentence' })).status).toBe(200)
    expect(await server.payload.findByID({ collection: 'articles', id, draft: true })).toMatchObject({ workflowState: 'draft', publishAt: null })
    expect(await pendingJobs('publish', id)).toHaveLength(0)
  })

  it('a job for a schedule that changed does nothing (no early or double publish)', async () => {
    const id = await approved('Stale job')
    const at = inSeconds(3600)
    expect((await api.transition(marketer, 'articles', id, { to: 'scheduled', publishAt: at })).status).toBe(200)
    // A job for another time, as if left over from an earlier schedule (held back from the runner: run by hand).
    const stale = await server.payload.jobs.queue({
      task: 'publishScheduled',
      input: { collection: 'articles', id: String(id), at: inSeconds(-5) },
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    await server.payload.jobs.runByID({ id: stale.id })
    expect(await server.payload.findByID({ collection: 'articles', id, draft: true })).toMatchObject({ workflowState: 'scheduled', _status: 'draft' })
    expect((await api.rest('GET', `/api/articles/${id}`)).status).not.toBe(200)
    // The real schedule is still queued.
    const pending = await pendingJobs('publish', id)
    expect(pending.map((j) => (j.input as { at: string }).at)).toEqual([new Date(at).toISOString()])
  })

  it('unpublishes (archives) a published article at its unpublishAt', async () => {
    const id = await approved('Ends by itself')
    const published = await api.transition(marketer, 'articles', id, { to: 'published', unpublishAt: inSeconds(3600) })
    expect(published.status, JSON.stringify(published.json)).toBe(200)
    expect(await pendingJobs('unpublish', id)).toHaveLength(1)
    // Moving the end date closer is a PATCH of unpublishAt on the published document.
    const end = inSeconds(3)
    expect((await api.patch(marketer, 'articles', id, { unpublishAt: end })).status).toBe(200)
    expect(await pendingJobs('unpublish', id)).toHaveLength(1)
    expect((await api.rest('GET', `/api/articles/${id}`)).status).toBe(200)

    await eventually(async () => (await api.rest('GET', `/api/articles/${id}`)).status !== 200, 20_000, 'the scheduled unpublish')
    const doc = await server.payload.findByID({ collection: 'articles', id, draft: true })
    expect(doc).toMatchObject({ workflowState: 'archived', _status: 'draft', unpublishAt: null })
    expect(doc.workflowLog?.at(-1)).toMatchObject({ from: 'published', to: 'archived', actor: 'system' })
  })
})
