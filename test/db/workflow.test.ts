import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/boot'
import { apiKeyHeader, createUser, loginHeader, type TestUser } from '../helpers/users'
import { clients, draftArticle, eventually, sleep, startSmtp, TRANSITION_MUTATION } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>
type Smtp = Awaited<ReturnType<typeof startSmtp>>

describe('editorial workflow over REST and GraphQL', () => {
  let server: Server
  let smtp: Smtp
  let api: ReturnType<typeof clients>
  const users: Record<string, TestUser> = {}
  const auth: Record<string, string> = {}

  beforeAll(async () => {
    smtp = await startSmtp()
    server = await bootServer({ SMTP_URL: smtp.url, JOBS_AUTORUN: 'off' })
    api = clients(server.url)
    const roles = {
      admin: ['admin'],
      editor: ['editor'],
      editor2: ['editor'],
      reviewer: ['reviewer'],
      reviewer2: ['reviewer'],
      marketer: ['marketer'],
      editorReviewer: ['editor', 'reviewer'],
    } as const
    for (const [name, r] of Object.entries(roles)) {
      users[name] = await createUser(server.payload, [...r])
      auth[name] = await loginHeader(server.url, users[name])
    }
    users.developer = await createUser(server.payload, ['developer'], { apiKey: true })
    auth.developer = apiKeyHeader(users.developer)
  })
  afterAll(async () => {
    await server?.close()
    // Review mails go out after the response: let the last ones arrive before the SMTP peer stops.
    await sleep(500)
    await smtp?.close()
  })

  const stored = (id: number | string) => server.payload.findByID({ collection: 'articles', id, draft: true, depth: 0 })
  const gqlUpdate = (who: string, id: number | string, data: string) =>
    api.gql(auth[who], `mutation { updateArticle(id: ${id}, data: { ${data} }) { id workflowState _status } }`)
  const gqlTransition = (who: string, id: number | string, vars: Record<string, unknown>) =>
    api.gql(auth[who], TRANSITION_MUTATION, { id: String(id), ...vars })

  /** Drives a fresh article to `state` with the right people. */
  const articleIn = async (state: 'in_review' | 'approved' | 'published', title = `Article ${Math.random()}`) => {
    const id = await draftArticle(server.payload, title)
    expect((await api.patch(auth.editor, 'articles', id, { workflowState: 'in_review' })).status).toBe(200)
    if (state === 'in_review') return id
    expect((await api.transition(auth.reviewer, 'articles', id, { to: 'approved' })).status).toBe(200)
    if (state === 'approved') return id
    expect((await api.transition(auth.marketer, 'articles', id, { to: 'published' })).status).toBe(200)
    return id
  }

  it('walks an article from draft to published, one role per step, through PATCH, the endpoint and GraphQL', async () => {
    const id = await draftArticle(server.payload, 'Walk the workflow')
    expect((await api.rest('GET', `/api/articles/${id}`)).status).not.toBe(200)

    const submit = await api.patch(auth.editor, 'articles', id, { workflowState: 'in_review', workflowComment: 'Ready' })
    expect(submit.status, JSON.stringify(submit.json)).toBe(200)
    expect(submit.json.doc).toMatchObject({ workflowState: 'in_review', _status: 'draft' })

    const approve = await api.transition(auth.reviewer, 'articles', id, { to: 'approved', comment: 'Looks good' })
    expect(approve.status, JSON.stringify(approve.json)).toBe(200)
    expect(approve.json.doc.workflowState).toBe('approved')

    const publish = await gqlTransition('marketer', id, { to: 'published' })
    expect(publish.errors).toBeUndefined()
    expect(publish.data?.transition).toMatchObject({ workflowState: 'published', status: 'published' })

    const anonymous = await api.rest('GET', `/api/articles/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).toMatchObject({ title: 'Walk the workflow', workflowState: 'published', _status: 'published' })
    // Readers outside the team do not see who did what.
    expect(anonymous.json.workflowLog ?? []).toEqual([])
  })

  it('records every transition in the log: who, when, from, to and the comment', async () => {
    const before = Date.now()
    const id = await articleIn('published')
    const doc = await stored(id)
    const log = doc.workflowLog ?? []
    expect(log.map((e) => [e.from, e.to])).toEqual([
      ['draft', 'in_review'],
      ['in_review', 'approved'],
      ['approved', 'published'],
    ])
    expect(log.map((e) => e.by)).toEqual([users.editor.id, users.reviewer.id, users.marketer.id])
    expect(log[0].actor).toBe(users.editor.roles.join(' '))
    for (const entry of log) expect(new Date(entry.at).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(log[2].action).toBe('publish')

    const team = await api.rest('GET', `/api/articles/${id}?depth=0`, auth.reviewer)
    expect(team.json.workflowLog).toHaveLength(3)
  })

  it("refuses each step to the roles that may not take it, naming the rule, and leaves the document as it was", async () => {
    const id = await draftArticle(server.payload, 'Wrong hands')
    for (const who of ['reviewer', 'marketer']) {
      const res = await api.patch(auth[who], 'articles', id, { workflowState: 'in_review' })
      expect(res.status, who).toBe(403)
      expect(res.json.errors[0].message).toBe(`${who} cannot submit for review: only editors or admins move draft → in_review`)
    }
    const devRes = await api.patch(auth.developer, 'articles', id, { workflowState: 'in_review' })
    expect(devRes.status).toBe(403)
    expect((await stored(id)).workflowState).toBe('draft')

    expect((await api.patch(auth.editor, 'articles', id, { workflowState: 'in_review' })).status).toBe(200)
    const byGraphql = await gqlUpdate('editor2', id, 'workflowState: approved')
    expect(byGraphql.errors?.[0].message).toBe('editor cannot approve: only reviewers or admins move in_review → approved')
    const byEndpoint = await api.transition(auth.marketer, 'articles', id, { to: 'approved' })
    expect(byEndpoint.status).toBe(403)
    expect(byEndpoint.json.errors[0].message).toBe('marketer cannot approve: only reviewers or admins move in_review → approved')
    const byMutation = await gqlTransition('editor2', id, { to: 'approved' })
    expect(byMutation.errors?.[0].message).toMatch(/^editor cannot approve/)
    expect((await stored(id)).workflowState).toBe('in_review')

    expect((await gqlUpdate('reviewer', id, 'workflowState: approved')).errors).toBeUndefined()
    for (const who of ['editor', 'reviewer']) {
      const publish = await gqlTransition(who, id, { to: 'published' })
      expect(publish.errors?.[0].message, who).toBe(`${who} cannot publish: only marketers or admins move approved → published`)
      const rest = await api.transition(auth[who], 'articles', id, { to: 'published' })
      expect(rest.status).toBe(403)
    }
    const after = await stored(id)
    expect(after).toMatchObject({ workflowState: 'approved', _status: 'draft' })
    expect(after.workflowLog).toHaveLength(2)
  })

  it('refuses a step that is not in the table with 409, and an unknown state with 400', async () => {
    const id = await draftArticle(server.payload, 'No shortcuts')
    const jump = await api.patch(auth.admin, 'articles', id, { workflowState: 'published' })
    expect(jump.status).toBe(409)
    expect(jump.json.errors[0].message).toMatch(/draft → published is not a workflow transition/)
    // The admin's Publish button on a draft is the same jump.
    expect((await api.patch(auth.admin, 'articles', id, { _status: 'published' })).status).toBe(409)
    const unknown = await api.transition(auth.admin, 'articles', id, { to: 'live' })
    expect(unknown.status).toBe(400)
    expect(unknown.json.errors[0].message).toMatch(/"to" must be one of/)
    const same = await api.transition(auth.editor, 'articles', id, { to: 'draft' })
    expect(same.status).toBe(409)
    expect((await stored(id)).workflowState).toBe('draft')
  })

  it('refuses self-approval, even for an admin or someone who is also a reviewer', async () => {
    const byAdmin = await draftArticle(server.payload, 'Admin wrote this')
    expect((await api.transition(auth.admin, 'articles', byAdmin, { to: 'in_review' })).status).toBe(200)
    const self = await api.transition(auth.admin, 'articles', byAdmin, { to: 'approved' })
    expect(self.status).toBe(403)
    expect(self.json.errors[0].message).toBe('you cannot approve your own submission: another reviewer or admin must approve it')

    const byBoth = await draftArticle(server.payload, 'Editor and reviewer')
    expect((await api.patch(auth.editorReviewer, 'articles', byBoth, { workflowState: 'in_review' })).status).toBe(200)
    expect((await gqlTransition('editorReviewer', byBoth, { to: 'approved' })).errors?.[0].message).toMatch(/your own submission/)
    // Someone else may.
    expect((await api.transition(auth.reviewer, 'articles', byAdmin, { to: 'approved' })).status).toBe(200)
    expect((await stored(byBoth)).workflowState).toBe('in_review')
  })

  it('requires a comment to request changes, records it, and lets the editor resubmit', async () => {
    const id = await articleIn('in_review')
    const bare = await api.transition(auth.reviewer, 'articles', id, { to: 'changes_requested' })
    expect(bare.status).toBe(400)
    expect(bare.json.errors[0].message).toBe('a comment is required to request changes (in_review → changes_requested)')
    const viaGraphql = await gqlUpdate('reviewer', id, 'workflowState: changes_requested')
    expect(viaGraphql.errors?.[0].message).toMatch(/a comment is required/)

    const withComment = await gqlUpdate('reviewer', id, 'workflowState: changes_requested, workflowComment: "Add a customer quote"')
    expect(withComment.errors).toBeUndefined()
    const doc = await stored(id)
    expect(doc.workflowState).toBe('changes_requested')
    expect(doc.workflowLog?.at(-1)).toMatchObject({ from: 'in_review', to: 'changes_requested', comment: 'Add a customer quote', by: users.reviewer.id })

    expect((await api.patch(auth.editor, 'articles', id, { summary: 'Now with a quote' })).status).toBe(200)
    expect((await stored(id)).workflowState).toBe('changes_requested')
    expect((await api.patch(auth.editor, 'articles', id, { workflowState: 'in_review' })).status).toBe(200)
  })

  it('keeps the log append-only: client writes to it are ignored', async () => {
    const id = await articleIn('in_review')
    const forged = [{ at: '2020-01-01T00:00:00Z', from: 'draft', to: 'published', comment: 'forged' }]
    const res = await api.patch(auth.editor, 'articles', id, { summary: 'edit', workflowLog: forged })
    expect(res.status).toBe(200)
    // An admin's GraphQL update that empties the log (a content edit: it also sends the document back to draft).
    await api.gql(auth.admin, `mutation { updateArticle(id: ${id}, data: { workflowLog: [], summary: "again" }) { id } }`)
    const log = (await stored(id)).workflowLog ?? []
    expect(log.map((e) => e.comment)).not.toContain('forged')
    expect(log.map((e) => e.to)).toEqual(['in_review', 'draft'])
    expect(log[1]).toMatchObject({ action: 'edit', from: 'in_review', to: 'draft', by: users.editor.id })
    expect((await stored(id)).summary).toBe('again')
  })

  it('mails every reviewer when something enters review, with the title and an admin link', async () => {
    const id = await draftArticle(server.payload, 'Mail the reviewers')
    const before = smtp.mails.length
    expect((await api.patch(auth.editor, 'articles', id, { workflowState: 'in_review' })).status).toBe(200)
    const reviewerEmails = [users.reviewer.email, users.reviewer2.email, users.editorReviewer.email].sort()
    const mails = await eventually(async () => {
      const received = smtp.mails.slice(before).filter((m) => m.raw.includes('Mail the reviewers'))
      return received.length >= 3 ? received : undefined
    }, 15_000, 'review mails')
    expect(mails.flatMap((m) => m.to).sort()).toEqual(reviewerEmails)
    expect(mails[0].raw).toMatch(/Subject: Review requested: Mail the reviewers/)
    expect(mails[0].raw.replace(/=\r?\n/g, '')).toContain(`/admin/collections/articles/${id}`)
    // Nobody else, not the submitter.
    expect(smtp.mails.slice(before).flatMap((m) => m.to)).not.toContain(users.editor.email)
  })

  it('refuses to publish or schedule what fails the pre-publish checks, listing the problems', async () => {
    const id = await draftArticle(server.payload, 'No SEO yet', { withMeta: false })
    expect((await api.patch(auth.editor, 'articles', id, { workflowState: 'in_review' })).status).toBe(200)
    expect((await api.transition(auth.reviewer, 'articles', id, { to: 'approved' })).status).toBe(200)
    const publish = await api.transition(auth.marketer, 'articles', id, { to: 'published' })
    expect(publish.status).toBe(422)
    expect(publish.json.errors[0].message).toMatch(/^cannot publish yet: meta\.title/)
    const schedule = await gqlTransition('marketer', id, { to: 'scheduled', publishAt: new Date(Date.now() + 3_600_000).toISOString() })
    expect(schedule.errors?.[0].message).toMatch(/^cannot schedule yet: .*meta\.description/)
    expect(await stored(id)).toMatchObject({ workflowState: 'approved', _status: 'draft' })
  })

  it('keeps a published article live while an edit goes through review, then publishes the edit', async () => {
    const id = await articleIn('published', 'Live title')
    const edit = await api.patch(auth.editor, 'articles', id, { title: 'Edited title', workflowState: 'published', _status: 'published' })
    expect(edit.status, JSON.stringify(edit.json)).toBe(200)
    expect(edit.json.doc).toMatchObject({ title: 'Edited title', workflowState: 'draft' })

    const live = await api.rest('GET', `/api/articles/${id}`)
    expect(live.json).toMatchObject({ title: 'Live title', workflowState: 'published' })
    expect((await stored(id)).workflowLog?.at(-1)).toMatchObject({ action: 'edit', from: 'published', to: 'draft' })

    expect((await api.patch(auth.editor, 'articles', id, { workflowState: 'in_review' })).status).toBe(200)
    expect((await api.transition(auth.reviewer, 'articles', id, { to: 'approved' })).status).toBe(200)
    expect((await api.rest('GET', `/api/articles/${id}`)).json.title).toBe('Live title')
    // Publishing sends what was reviewed, not what the request carries.
    expect((await api.patch(auth.marketer, 'articles', id, { workflowState: 'published', title: 'Sneaked in' })).status).toBe(200)
    expect((await api.rest('GET', `/api/articles/${id}`)).json).toMatchObject({ title: 'Edited title', workflowState: 'published' })
  })

  it("takes each step from the admin form, which sends the whole document back with the new state", async () => {
    const id = await draftArticle(server.payload, 'Admin form')
    const step = async (who: string, changes: Record<string, unknown>) => {
      const { json: form } = await api.rest('GET', `/api/articles/${id}?draft=true&depth=0`, auth[who])
      const res = await api.patch(auth[who], 'articles', id, { ...form, ...changes }, '?draft=true')
      expect(res.status, `${who}: ${JSON.stringify(res.json)}`).toBe(200)
      return res.json.doc
    }
    await step('editor', { workflowState: 'in_review' })
    await step('reviewer', { workflowState: 'approved' })
    // The Publish button: _status published, the state select left as it was.
    await step('marketer', { _status: 'published', unpublishAt: new Date(Date.now() + 86_400_000).toISOString() })
    expect((await api.rest('GET', `/api/articles/${id}`)).json).toMatchObject({ workflowState: 'published', _status: 'published' })
    // An edit of the live article, then its resubmission, with the end date sent back unchanged each time.
    expect(await step('editor', { title: 'Admin form, revised' })).toMatchObject({ workflowState: 'draft' })
    expect(await step('editor', { workflowState: 'in_review' })).toMatchObject({ workflowState: 'in_review' })
    expect((await api.rest('GET', `/api/articles/${id}`)).json).toMatchObject({ title: 'Admin form', workflowState: 'published' })
    expect((await stored(id)).workflowLog?.map((e) => e.to)).toEqual(['in_review', 'approved', 'published', 'draft', 'in_review'])
  })

  it('lets reviewers move the state but never edit content', async () => {
    const id = await articleIn('in_review', 'Reviewer hands off')
    const res = await api.patch(auth.reviewer, 'articles', id, { title: 'Rewritten by reviewer' })
    expect(res.status).toBe(403)
    expect(res.json.errors[0].message).toMatch(/reviewer cannot edit content/)
    expect((await api.patch(auth.reviewer, 'articles', id, { workflowState: 'approved', title: 'Rewritten by reviewer' })).status).toBe(200)
    expect((await stored(id)).title).toBe('Reviewer hands off')
  })

  it('unpublishes and archives on request, and reopens archived content as a draft', async () => {
    const a = await articleIn('published')
    expect((await api.transition(auth.editor, 'articles', a, { to: 'archived' })).status).toBe(403)
    expect((await api.transition(auth.marketer, 'articles', a, { to: 'archived', comment: 'Campaign over' })).status).toBe(200)
    expect((await api.rest('GET', `/api/articles/${a}`)).status).not.toBe(200)
    expect(await stored(a)).toMatchObject({ workflowState: 'archived', _status: 'draft' })
    expect((await api.transition(auth.editor, 'articles', a, { to: 'draft' })).status).toBe(200)

    const b = await articleIn('published')
    const unpublish = await gqlTransition('admin', b, { to: 'draft' })
    expect(unpublish.data?.transition).toMatchObject({ workflowState: 'draft', status: 'draft' })
    expect((await api.rest('GET', `/api/articles/${b}`)).status).not.toBe(200)
  })

  it('refuses bulk updates: every state change is one document, checked and logged', async () => {
    const id = await draftArticle(server.payload, 'Bulk')
    const bulk = await api.rest('PATCH', `/api/articles?where[id][equals]=${id}`, auth.admin, { workflowState: 'published', _status: 'published' })
    expect(bulk.status).toBe(403)
    expect((await stored(id)).workflowState).toBe('draft')
  })

  it('starts new documents as drafts: a client cannot create published content', async () => {
    const published = await api.rest('POST', '/api/articles', auth.admin, { title: 'Born live', workflowState: 'published', _status: 'published' })
    expect(published.status).toBe(400)
    expect(published.json.errors[0].message).toMatch(/new documents start as drafts/)
    const draft = await api.rest('POST', '/api/articles', auth.editor, { title: 'Born draft', workflowLog: [{ at: '2020-01-01', to: 'published' }] })
    expect(draft.status).toBe(201)
    expect(draft.json.doc).toMatchObject({ workflowState: 'draft', _status: 'draft' })
    expect(draft.json.doc.workflowLog ?? []).toEqual([])
  })

  it('sends a restored version back to draft, and restores a live document only as a draft', async () => {
    const id = await articleIn('approved', 'Restore me')
    const { docs } = await server.payload.findVersions({ collection: 'articles', where: { parent: { equals: id } }, sort: 'createdAt', limit: 10 })
    const first = docs[0]
    const restore = await api.rest('POST', `/api/articles/versions/${first.id}`, auth.editor)
    expect(restore.status, JSON.stringify(restore.json)).toBe(200)
    const doc = await stored(id)
    expect(doc.workflowState).toBe('draft')
    expect(doc.workflowLog?.map((e) => e.to)).toEqual(['in_review', 'approved', 'draft'])
    expect(doc.workflowLog?.at(-1)?.action).toBe(`restore version ${first.id}`)

    const live = await articleIn('published', 'Live restore')
    const versions = await server.payload.findVersions({ collection: 'articles', where: { parent: { equals: live } }, sort: 'createdAt', limit: 10 })
    const refused = await api.rest('POST', `/api/articles/versions/${versions.docs[0].id}`, auth.editor)
    expect(refused.status).toBe(409)
    expect((await api.rest('POST', `/api/articles/versions/${versions.docs[0].id}?draft=true`, auth.editor)).status).toBe(200)
    expect((await api.rest('GET', `/api/articles/${live}`)).json).toMatchObject({ workflowState: 'published', title: 'Live restore' })
    expect((await stored(live)).workflowState).toBe('draft')
    expect((await api.rest('POST', `/api/articles/versions/${versions.docs[0].id}?draft=true`, auth.reviewer)).status).toBe(403)
  })

  it('enforces the same rules through the Local API with access control on', async () => {
    const id = await draftArticle(server.payload, 'Local API')
    const editor = await server.payload.findByID({ collection: 'users', id: users.editor.id })
    await expect(
      server.payload.update({ collection: 'articles', id, data: { workflowState: 'approved' }, overrideAccess: false, user: editor }),
    ).rejects.toThrow(/draft → approved is not a workflow transition/)
    await server.payload.update({ collection: 'articles', id, data: { workflowState: 'in_review' }, overrideAccess: false, user: editor })
    await expect(
      server.payload.update({ collection: 'articles', id, data: { workflowState: 'approved' }, overrideAccess: false, user: editor }),
    ).rejects.toThrow(/editor cannot approve/)
  })

  it('validates schedule dates and roles before scheduling', async () => {
    const id = await articleIn('approved')
    const past = await api.transition(auth.marketer, 'articles', id, { to: 'scheduled', publishAt: '2001-01-01T00:00:00Z' })
    expect(past.status).toBe(400)
    expect(past.json.errors[0].message).toMatch(/publishAt must be in the future/)
    const soon = new Date(Date.now() + 3_600_000)
    const backwards = await api.transition(auth.marketer, 'articles', id, {
      to: 'scheduled',
      publishAt: soon.toISOString(),
      unpublishAt: new Date(soon.getTime() - 60_000).toISOString(),
    })
    expect(backwards.status).toBe(400)
    expect(backwards.json.errors[0].message).toBe('unpublishAt must be after publishAt')
    const missing = await api.patch(auth.marketer, 'articles', id, { workflowState: 'scheduled' })
    expect(missing.status).toBe(400)
    const garbage = await api.transition(auth.marketer, 'articles', id, { to: 'scheduled', publishAt: 'next tuesday' })
    expect(garbage.status).toBe(400)
    expect((await api.transition(auth.editor, 'articles', id, { to: 'scheduled', publishAt: soon.toISOString() })).status).toBe(403)
    expect(await stored(id)).toMatchObject({ workflowState: 'approved', publishAt: null })
  })
})
