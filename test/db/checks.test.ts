import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { prePublishProblems } from '../../src/checks'
import type { LinkReportEntry } from '../../src/checks/link-report'
import { bootPayload } from '../helpers/boot'
import { createUser } from '../helpers/users'

const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

const GOOD_META = { title: 'Growth in finance', description: 'How finance teams grow pipeline with content that their sales team uses.' }
// Published without the editorial workflow: these tests are about the checks, not the transitions.
const DIRECT = { skipWorkflow: true }

const cta = (url: string) => ({ blockType: 'callToAction' as const, heading: 'Read more', button: { label: 'Go', url }, style: 'primary' as const })

describe('pre-publish checks and the link checker', () => {
  let payload: Payload
  let close: () => Promise<void>
  let req: PayloadRequest
  // A local receiver; /fixable answers 404 until a test "fixes" the site.
  let fixed = false
  const receiver = http.createServer((request, res) => {
    if (request.url === '/ok') return res.writeHead(200).end()
    if (request.url === '/fixable') return res.writeHead(fixed ? 200 : 404).end()
    res.writeHead(404).end()
  })
  let base: string
  let refused: string
  let describedImage: number
  let undescribedImage: number

  const upload = async (name: string, alt?: string) =>
    (await payload.create({ collection: 'media', data: alt ? { alt } : {}, file: { data: PNG_1PX, mimetype: 'image/png', name, size: PNG_1PX.length } })).id

  const pendingChecks = async (id: number | string) =>
    (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'checkLinks' } }, pagination: false })).docs.filter(
      (job) => String((job.input as { id?: string } | null)?.id) === String(id) && !job.completedAt,
    )

  /** One checker run over the whole queue (what `npm run jobs` does), failing the test on a job error. */
  const runQueue = async () => {
    const { jobStatus = {} } = await payload.jobs.run({ silent: true })
    expect(Object.values(jobStatus).map((s) => s.status)).not.toContain('error')
  }

  const check = async (id: number | string) => {
    await payload.jobs.queue({ task: 'checkLinks', input: { collection: 'white-papers', id: String(id) } })
    await runQueue()
  }

  const report = async (id: number | string, draft = true): Promise<LinkReportEntry[]> =>
    (await payload.findByID({ collection: 'white-papers', id, draft, depth: 0 })).linkReport ?? []

  beforeAll(async () => {
    ;({ payload, close } = await bootPayload({ LINK_CHECK_ALLOW_PRIVATE: '1' }))
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`
    const gone = http.createServer()
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve))
    refused = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/`
    await new Promise((resolve) => gone.close(resolve))
    req = await createLocalReq({}, payload)
    describedImage = await upload('described.png', 'A described image')
    undescribedImage = await upload('cover.png')
  })
  afterAll(async () => {
    receiver.closeAllConnections()
    await new Promise((resolve) => receiver.close(resolve))
    await close?.()
  })

  it('queues a link check when a document’s links change, not on other edits or seeds', async () => {
    const doc = await payload.create({ collection: 'white-papers', draft: true, data: { title: 'Queued', layout: [cta(`${base}/ok`)] } })
    const [first] = await pendingChecks(doc.id)
    expect(first.input).toEqual({ collection: 'white-papers', id: String(doc.id) })
    await payload.update({ collection: 'white-papers', id: doc.id, data: { title: 'Queued, renamed' } })
    expect((await pendingChecks(doc.id)).map((j) => j.id)).toEqual([first.id])
    // A newer change replaces the check still waiting: one run sees the latest links.
    await new Promise((resolve) => setTimeout(resolve, 5)) // (SQLite reuses the id: tell the jobs apart by time)
    await payload.update({ collection: 'white-papers', id: doc.id, data: { layout: [cta(`${base}/ok?v=2`)] } })
    const [pending, ...more] = await pendingChecks(doc.id)
    expect(more).toHaveLength(0)
    expect(Date.parse(pending.createdAt)).toBeGreaterThan(Date.parse(first.createdAt))

    const seeded = await payload.create({ collection: 'white-papers', draft: true, data: { title: 'Seeded', layout: [cta(`${base}/ok`)] }, context: { seeding: true } })
    const imported = await payload.create({ collection: 'white-papers', draft: true, data: { title: 'Imported', layout: [cta(`${base}/ok`)] }, context: { skipLinkCheck: true } })
    const linkless = await payload.create({ collection: 'white-papers', draft: true, data: { title: 'No links' } })
    for (const id of [seeded.id, imported.id, linkless.id]) expect(await pendingChecks(id)).toHaveLength(0)
    await runQueue()
  })

  it('reports a link broken after it fails two runs, and resets it once it works', async () => {
    const doc = await payload.create({
      collection: 'white-papers',
      draft: true,
      data: { title: 'Links', layout: [cta(`${base}/ok`), cta(`${base}/fixable`), cta(refused)] },
    })
    await runQueue() // the run its creation queued

    const first = await report(doc.id)
    expect(first.map(({ url, status, failures, broken }) => ({ url, status, failures, broken }))).toEqual([
      { url: `${base}/ok`, status: 200, failures: 0, broken: false },
      { url: `${base}/fixable`, status: 404, failures: 1, broken: false },
      { url: refused, status: null, failures: 1, broken: false },
    ])
    expect(first[2].error).toMatch(/ECONNREFUSED/)
    expect(first.every((e) => e.lastCheckedAt)).toBe(true)
    // A first failure may be a blip: a confirming run is queued for later, not now.
    const [followUp] = await pendingChecks(doc.id)
    expect(new Date(followUp.waitUntil as string).getTime()).toBeGreaterThan(Date.now() + 10 * 60_000)

    await check(doc.id)
    expect((await report(doc.id)).map((e) => [e.failures, e.broken])).toEqual([
      [0, false],
      [2, true],
      [2, true],
    ])

    fixed = true
    await check(doc.id)
    expect((await report(doc.id)).map((e) => [e.url, e.status, e.failures, e.broken])).toEqual([
      [`${base}/ok`, 200, 0, false],
      [`${base}/fixable`, 200, 0, false],
      [refused, null, 3, true],
    ])
    fixed = false

    // The editor removes the dead link: it leaves the report with the link.
    await payload.update({ collection: 'white-papers', id: doc.id, data: { layout: [cta(`${base}/ok`)] } })
    await runQueue()
    expect((await report(doc.id)).map((e) => e.url)).toEqual([`${base}/ok`])
  })

  it('lists missing SEO fields, images without alt text and broken links, each by field and item', async () => {
    const doc = await payload.create({
      collection: 'white-papers',
      draft: true,
      data: {
        title: 'Needs work',
        coverImage: undescribedImage,
        layout: [
          { blockType: 'hero', heading: 'Hello', image: describedImage },
          { blockType: 'hero', heading: 'Again', image: undescribedImage },
          cta(`${base}/gone`),
        ],
        meta: { title: 'x'.repeat(71) },
      },
    })
    await runQueue()
    await check(doc.id)
    const stored = await payload.findByID({ collection: 'white-papers', id: doc.id, draft: true, depth: 0 })
    expect(await prePublishProblems('white-papers', stored as unknown as Record<string, unknown>, req)).toEqual([
      'meta.title (SEO title) is 71 characters; keep it to 70 or fewer',
      'meta.description (SEO description) is empty; write 50–160 characters',
      'layout[1] Hero image “cover.png” has no alt text',
      'coverImage “cover.png” has no alt text',
      `layout[2] Call to action links to ${base}/gone, which is broken (HTTP 404; failed 2 checks in a row)`,
    ])
  })

  it('finds nothing wrong with a document that is ready', async () => {
    const doc = await payload.create({
      collection: 'white-papers',
      draft: true,
      data: { title: 'Ready', coverImage: describedImage, layout: [{ blockType: 'hero', heading: 'Hi', image: describedImage }, cta(`${base}/ok`)], meta: GOOD_META },
    })
    await runQueue()
    await check(doc.id)
    const stored = await payload.findByID({ collection: 'white-papers', id: doc.id, draft: true, depth: 2 })
    expect(await prePublishProblems('white-papers', stored as unknown as Record<string, unknown>, req)).toEqual([])
  })

  it('keeps a client from clearing or forging the link report', async () => {
    const editor = await createUser(payload, ['editor'])
    const editorUser = await payload.findByID({ collection: 'users', id: editor.id })
    const doc = await payload.create({ collection: 'white-papers', draft: true, data: { title: 'Forged', layout: [cta(`${base}/dead`)], meta: GOOD_META } })
    await runQueue()
    await check(doc.id)
    const before = await report(doc.id)
    expect(before[0].broken).toBe(true)

    await payload.update({
      collection: 'white-papers',
      id: doc.id,
      data: { title: 'Forged, edited', linkReport: [] },
      overrideAccess: false,
      user: editorUser,
      draft: true,
    })
    expect((await report(doc.id)).map((e) => [e.url, e.broken])).toEqual([[`${base}/dead`, true]])
    // Even a document passed in with an empty report is checked against the stored one.
    const incoming = { id: doc.id, title: 'Forged', layout: [cta(`${base}/dead`)], meta: GOOD_META, linkReport: [] }
    expect(await prePublishProblems('white-papers', incoming, req)).toEqual([
      `layout[0] Call to action links to ${base}/dead, which is broken (HTTP 404; failed 2 checks in a row)`,
    ])
  })

  it('records the report without publishing a draft or unpublishing a published document', async () => {
    const doc = await payload.create({
      collection: 'white-papers',
      data: { title: 'Live', slug: 'live', workflowState: 'published', layout: [cta(`${base}/ok`)], meta: GOOD_META, _status: 'published' },
      context: DIRECT,
    })
    await runQueue()
    const published = await payload.findByID({ collection: 'white-papers', id: doc.id, draft: false, depth: 0 })
    expect(published._status).toBe('published')
    expect(published.linkReport?.map((e) => e.url)).toEqual([`${base}/ok`])

    // A draft over the published version adds a link: the check writes to the draft only.
    await payload.update({ collection: 'white-papers', id: doc.id, draft: true, data: { title: 'Live, next edition', layout: [cta(`${base}/ok`), cta(`${base}/new`)] } })
    await runQueue()
    const live = await payload.findByID({ collection: 'white-papers', id: doc.id, draft: false, depth: 0 })
    expect([live._status, live.title, live.linkReport?.length]).toEqual(['published', 'Live', 1])
    const draft = await payload.findByID({ collection: 'white-papers', id: doc.id, draft: true, depth: 0 })
    expect([draft._status, draft.title, draft.linkReport?.map((e) => e.url)]).toEqual(['draft', 'Live, next edition', [`${base}/ok`, `${base}/new`]])
  })
})
