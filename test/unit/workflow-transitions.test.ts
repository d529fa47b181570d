import { describe, expect, it } from 'vitest'

import { planUpdate, readRequest, scheduleAfter } from '../../src/workflow/plan'
import { submitterOf } from '../../src/workflow/log'
import { WORKFLOW_STATES } from '../../src/workflow/states'
import { checkTransition, TRANSITIONS, type TransitionRequest } from '../../src/workflow/transitions'

const now = new Date('2030-01-01T12:00:00Z')
const inAnHour = '2030-01-01T13:00:00.000Z'
const base = (over: Partial<TransitionRequest>): TransitionRequest => ({ from: 'draft', to: 'in_review', roles: ['editor'], userId: 1, now, ...over })

describe('the transition table', () => {
  it('only names known states and roles, with one edge per pair', () => {
    const pairs = new Set<string>()
    for (const t of TRANSITIONS) {
      expect(WORKFLOW_STATES).toContain(t.from)
      expect(WORKFLOW_STATES).toContain(t.to)
      expect(t.roles.length).toBeGreaterThan(0)
      expect(pairs.has(`${t.from}>${t.to}`)).toBe(false)
      pairs.add(`${t.from}>${t.to}`)
    }
  })

  it('lets every state be left (no dead ends)', () => {
    for (const state of WORKFLOW_STATES) expect(TRANSITIONS.some((t) => t.from === state && t.to !== state)).toBe(true)
  })

  const cases: [string, string, string, boolean][] = [
    ['draft', 'in_review', 'editor', true],
    ['draft', 'in_review', 'admin', true],
    ['draft', 'in_review', 'reviewer', false],
    ['draft', 'in_review', 'marketer', false],
    ['in_review', 'approved', 'reviewer', true],
    ['in_review', 'approved', 'admin', true],
    ['in_review', 'approved', 'editor', false],
    ['in_review', 'approved', 'marketer', false],
    ['approved', 'published', 'marketer', true],
    ['approved', 'published', 'editor', false],
    ['approved', 'published', 'reviewer', false],
    ['published', 'archived', 'marketer', true],
    ['published', 'draft', 'admin', true],
    ['archived', 'draft', 'editor', true],
    ['changes_requested', 'in_review', 'editor', true],
  ]
  it.each(cases)('%s → %s by %s: allowed=%s', (from, to, role, allowed) => {
    const result = checkTransition(base({ from: from as never, to: to as never, roles: [role] }))
    expect(result.ok).toBe(allowed)
    if (!result.ok) expect(result.status).toBe(403)
  })

  it('names the rule when a role is refused', () => {
    const result = checkTransition(base({ from: 'in_review', to: 'approved', roles: ['editor'] }))
    expect(result).toEqual({ ok: false, status: 403, message: 'editor cannot approve: only reviewers or admins move in_review → approved' })
  })

  it('refuses self-approval, even for an admin', () => {
    const result = checkTransition(base({ from: 'in_review', to: 'approved', roles: ['admin'], userId: 7, submitterId: 7 }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/you cannot approve your own submission/)
    expect(checkTransition(base({ from: 'in_review', to: 'approved', roles: ['admin'], userId: 7, submitterId: '8' })).ok).toBe(true)
  })

  it('requires a comment to request changes', () => {
    const missing = checkTransition(base({ from: 'in_review', to: 'changes_requested', roles: ['reviewer'], comment: '  ' }))
    expect(missing).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/comment is required/) })
    expect(checkTransition(base({ from: 'in_review', to: 'changes_requested', roles: ['reviewer'], comment: 'Cite sources' })).ok).toBe(true)
  })

  it('refuses a jump that is not an edge with 409 and lists the way on', () => {
    const result = checkTransition(base({ from: 'draft', to: 'published', roles: ['admin'] }))
    expect(result).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/draft → published is not a workflow transition.*submit for review/) })
  })

  it('opens "publish a small edit" (draft → published) only on a revision of a live document, for writers', () => {
    expect(checkTransition(base({ from: 'draft', to: 'published', roles: ['editor'], live: true }))).toMatchObject({ ok: true, transition: { action: 'publish a small edit', privilege: 'publish-small-edits' } })
    expect(checkTransition(base({ from: 'draft', to: 'published', roles: ['editor'], live: false }))).toMatchObject({ ok: false, status: 409 })
    expect(checkTransition(base({ from: 'draft', to: 'published', roles: ['marketer'], live: true }))).toMatchObject({ ok: false, status: 403 })
  })

  it('schedules only with a future publishAt and an unpublishAt after it', () => {
    const schedule = (publishAt?: string | null, unpublishAt?: string | null) =>
      checkTransition(base({ from: 'approved', to: 'scheduled', roles: ['marketer'], publishAt, unpublishAt }))
    expect(schedule()).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/publishAt is required/) })
    expect(schedule('2029-12-31T00:00:00Z')).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/in the future/) })
    expect(schedule('tomorrow')).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/not a valid date/) })
    expect(schedule(inAnHour, '2030-01-01T12:30:00Z')).toMatchObject({ ok: false, status: 400, message: 'unpublishAt must be after publishAt' })
    expect(schedule(inAnHour, '2030-01-02T00:00:00Z')).toMatchObject({ ok: true, publishAt: inAnHour, unpublishAt: '2030-01-02T00:00:00.000Z' })
  })

  it('refuses publishAt on a step that does not schedule', () => {
    expect(checkTransition(base({ from: 'approved', to: 'published', roles: ['marketer'], publishAt: inAnHour }))).toMatchObject({ ok: false, status: 400 })
  })
})

describe('planning an update', () => {
  const stored = { state: 'draft' as const }
  it('treats the same state as a content edit, and a live document as a new draft version', () => {
    expect(planUpdate({ stored, live: false, request: readRequest({ title: 'x' }) })).toEqual({ kind: 'edit', saveAsDraft: undefined })
    expect(planUpdate({ stored: { state: 'published' }, live: true, request: readRequest({ title: 'x', workflowState: 'published' }) })).toEqual({
      kind: 'edit',
      saveAsDraft: true,
    })
  })

  it("reads the admin's Publish button (_status: published) as → published", () => {
    expect(planUpdate({ stored: { state: 'approved' }, live: false, request: readRequest({ _status: 'published', workflowState: 'approved' }) })).toEqual({
      kind: 'transition',
      to: 'published',
      saveAsDraft: false,
    })
  })

  it('keeps a live document live while its next revision moves, and writes it to go live or offline', () => {
    const live = (state: 'draft' | 'published' | 'approved', to: string) =>
      planUpdate({ stored: { state }, live: true, request: readRequest({ workflowState: to }) })
    expect(live('draft', 'in_review')).toMatchObject({ kind: 'transition', saveAsDraft: true })
    expect(live('approved', 'published')).toMatchObject({ kind: 'transition', saveAsDraft: false })
    expect(live('published', 'draft')).toMatchObject({ kind: 'transition', saveAsDraft: false })
    expect(live('published', 'archived')).toMatchObject({ kind: 'transition', saveAsDraft: false })
  })

  it('sees a changed publishAt on a scheduled document as a reschedule, an unchanged one as nothing', () => {
    const scheduled = { state: 'scheduled' as const, publishAt: inAnHour }
    expect(planUpdate({ stored: scheduled, live: false, request: readRequest({ publishAt: '2030-01-01T13:00:00Z' }) }).kind).toBe('edit')
    expect(planUpdate({ stored: scheduled, live: false, request: readRequest({ publishAt: '2030-01-01T14:00:00Z' }) })).toMatchObject({
      kind: 'transition',
      to: 'scheduled',
    })
  })

  it('clears the schedule outside scheduled/published but keeps a live end date', () => {
    const stored = { publishAt: inAnHour, unpublishAt: '2030-02-01T00:00:00Z' }
    expect(scheduleAfter({ from: 'scheduled', to: 'approved', live: false, stored, publishAt: null, unpublishAt: null })).toEqual({ publishAt: null, unpublishAt: null })
    expect(scheduleAfter({ from: 'approved', to: 'in_review', live: true, stored, publishAt: null, unpublishAt: null })).toEqual({
      publishAt: null,
      unpublishAt: '2030-02-01T00:00:00Z',
    })
    expect(scheduleAfter({ from: 'scheduled', to: 'published', live: false, stored, publishAt: null, unpublishAt: 'x' })).toEqual({ publishAt: inAnHour, unpublishAt: 'x' })
  })

  it('finds the submitter as the last person to move the document into review', () => {
    expect(
      submitterOf([
        { at: '', by: 1, from: 'draft', to: 'in_review' },
        { at: '', by: 2, from: 'in_review', to: 'changes_requested' },
        { at: '', by: { id: 3 }, from: 'changes_requested', to: 'in_review' },
      ]),
    ).toBe(3)
    expect(submitterOf([])).toBeNull()
  })
})
