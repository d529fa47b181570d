import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { storeClicks } from '../../src/attribution/clicks/store-clicks'
import { recomputeAttribution } from '../../src/attribution/credit/recompute'
import { onLayerTransitionsCredited } from '../../src/growth/team/hooks/layer-transitions'
import { bootServer } from '../helpers/boot'
import { ingestClient } from '../helpers/ingest'
import { createUser, loginHeader, type TestUser } from '../helpers/users'
import { clients, eventually, goodMeta, sleep, startSmtp } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>
type Entry = { user: number; rule: string; delta: number; units: number; source: string; detail?: string | null; reverses?: number | null }

/**
 * What feeds the team's growth ledger (issue 6): publishing and unpublishing, reviews, distributions,
 * attribution credits and refunds, and layer transitions — each grants once and is reversed by a
 * counter-entry when its source is undone.
 */
describe('growth hooks feed the ledger', () => {
  let server: Server
  let smtp: Awaited<ReturnType<typeof startSmtp>>
  let api: ReturnType<typeof clients>
  let ingest: Awaited<ReturnType<typeof ingestClient>>
  const users: Record<string, TestUser> = {}
  const auth: Record<string, string> = {}
  const id = (who: string) => Number(users[who].id)

  const entries = async (where: { source?: string; prefix?: string; rule?: string }): Promise<Entry[]> => {
    const { docs } = await server.payload.find({
      collection: 'growth-ledger',
      where: {
        and: [
          ...(where.source ? [{ source: { equals: where.source } }] : []),
          ...(where.prefix ? [{ source: { like: where.prefix } }] : []),
          ...(where.rule ? [{ rule: { equals: where.rule } }] : []),
        ],
      },
      sort: 'id',
      pagination: false,
      depth: 0,
    })
    return (docs as unknown as Entry[]).filter((e) => !where.prefix || e.source.startsWith(where.prefix))
  }
  const grants = (list: Entry[]) => list.filter((e) => !e.reverses)
  const counters = (list: Entry[]) => list.filter((e) => e.reverses)
  const slug = (prefix: string) => `${prefix}-${crypto.randomBytes(4).toString('hex')}`

  beforeAll(async () => {
    smtp = await startSmtp()
    server = await bootServer({ JOBS_AUTORUN: 'off', SMTP_URL: smtp.url, SITE_URL: 'https://www.example.com' })
    api = clients(server.url)
    ingest = await ingestClient(server.payload, () => server.url)
    await server.payload.updateGlobal({ slug: 'attribution-settings', data: { allowedDomains: [{ domain: 'example.com' }] } })
    const roles = { one: ['editor'], two: ['editor'], reviewer: ['reviewer'], marketer: ['marketer'] } as const
    for (const [name, r] of Object.entries(roles)) {
      users[name] = await createUser(server.payload, [...r])
      auth[name] = await loginHeader(server.url, users[name])
    }
  })
  afterAll(async () => {
    await server?.close()
    // Review mails go out after the response: let the last ones arrive before the SMTP peer stops.
    await sleep(500)
    await smtp?.close()
  })

  const article = async (title: string, authors: string[]) =>
    Number((await server.payload.create({ collection: 'articles', data: { title, slug: slug('a'), format: 'article', meta: goodMeta, authors: authors.map(id) } as never })).id)
  const step = async (who: string, collection: string, doc: number, to: string, comment?: string) => {
    const res = await api.transition(auth[who], collection, doc, { to, ...(comment ? { comment } : {}) })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
  }
  const publishThrough = async (doc: number, submitter = 'one') => {
    await step(submitter, 'articles', doc, 'in_review')
    await step('reviewer', 'articles', doc, 'approved')
    await step('marketer', 'articles', doc, 'published')
  }
  /** A published white paper by `authors`, created by the system. */
  const paper = async (authors: string[]) =>
    Number(
      (
        await server.payload.create({
          collection: 'white-papers',
          data: { title: 'Growth layers in banking', slug: slug('wp'), authors: authors.map(id), workflowState: 'published', _status: 'published' } as never,
          context: { seeding: true },
        })
      ).id,
    )

  it('grants content.published to every author once; a live edit keeps it, unpublishing counters it', async () => {
    const doc = await article('Layers explained', ['one', 'two'])
    await publishThrough(doc)
    const source = `articles:${doc}`
    let published = await entries({ source, rule: 'content.published' })
    expect(published.map((e) => [e.user, e.delta])).toEqual([
      [id('one'), 10],
      [id('two'), 10],
    ])

    // A revision of the live article: edited (saved as a draft, still live), reviewed and published again.
    expect((await api.patch(auth.one, 'articles', doc, { title: 'Layers explained, 2nd edition' })).status).toBe(200)
    await publishThrough(doc)
    published = await entries({ source, rule: 'content.published' })
    expect(counters(published)).toHaveLength(0)
    expect(grants(published)).toHaveLength(2)

    await step('marketer', 'articles', doc, 'draft')
    published = await entries({ source, rule: 'content.published' })
    expect(counters(published).map((e) => [e.user, e.delta])).toEqual([
      [id('one'), -10],
      [id('two'), -10],
    ])
    expect((await server.payload.findByID({ collection: 'users', id: id('two'), depth: 0 })).growth?.value).toBe(0)
    // Archiving it afterwards has nothing left to reverse.
    await step('marketer', 'articles', doc, 'archived')
    expect(counters(await entries({ source, rule: 'content.published' }))).toHaveLength(2)

    // Imports and backfills say skipGrowth: nothing is granted.
    const quiet = await article('Imported', ['one'])
    await server.payload.update({ collection: 'articles', id: quiet, data: { workflowState: 'published' }, context: { skipGrowth: true } })
    expect(await entries({ source: `articles:${quiet}` })).toHaveLength(0)
  })

  it('grants review.completed to the reviewer once per review, for approving and for requesting changes', async () => {
    const doc = await article('Review me', ['two'])
    await step('two', 'articles', doc, 'in_review')
    await step('reviewer', 'articles', doc, 'changes_requested', 'Cite the source of the benchmark')
    await step('two', 'articles', doc, 'in_review')
    await step('reviewer', 'articles', doc, 'approved')
    const reviews = await entries({ prefix: `articles:${doc}#review-`, rule: 'review.completed' })
    expect(reviews.map((e) => [e.user, e.delta, e.detail])).toEqual([
      [id('reviewer'), 3, 'changes_requested'],
      [id('reviewer'), 3, 'approved'],
    ])
    expect(new Set(reviews.map((e) => e.source)).size).toBe(2)
    // Unpublishing a document never takes a review back.
    await step('marketer', 'articles', doc, 'published')
    await step('marketer', 'articles', doc, 'draft')
    expect(counters(await entries({ prefix: `articles:${doc}#review-` }))).toHaveLength(0)
  })

  it('grants distribution.sent to its creator when the send finishes, and nothing for one cancelled before sending', async () => {
    const content = await paper(['one'])
    await server.payload.create({ collection: 'contacts', data: { email: 'reader@bank.example', consent: { email: true } } })
    const channel = Number(
      (await server.payload.create({ collection: 'channels', data: { name: 'Newsletter', slug: slug('nl'), kind: 'email', email: { fromAddress: 'news@flywheel.example', smtpUrl: smtp.url, batchSize: 10, concurrency: 1, ratePerMinute: 60_000 } } })).id,
    )
    const distribution = (title: string, schedule: Record<string, unknown>) => ({
      title,
      content: [{ relationTo: 'white-papers', value: content }],
      channels: [channel],
      audience: { allSubscribers: true },
      schedule,
      status: 'scheduled',
    })
    const sent = await api.rest('POST', '/api/distributions', auth.marketer, distribution('Issue 1', { mode: 'now' }))
    expect(sent.status, JSON.stringify(sent.json)).toBe(201)
    const done = await eventually(async () => {
      await server.payload.jobs.run({ silent: true })
      const d = await server.payload.findByID({ collection: 'distributions', id: sent.json.doc.id, depth: 0 })
      return d.status === 'sent' ? d : undefined
    }, 30_000, 'the distribution to be sent')
    expect(done.sentCount).toBe(1)
    const granted = await entries({ source: `distributions:${done.id}` })
    expect(granted.map((e) => [e.user, e.rule, e.delta])).toEqual([[id('marketer'), 'distribution.sent', 5]])

    const later = await api.rest('POST', '/api/distributions', auth.marketer, distribution('Issue 2', { mode: 'at', at: new Date(Date.now() + 3_600_000).toISOString() }))
    expect(later.status, JSON.stringify(later.json)).toBe(201)
    expect((await api.rest('POST', `/api/distributions/${later.json.doc.id}/cancel`, auth.marketer)).status).toBe(200)
    await server.payload.jobs.run({ silent: true })
    expect(await entries({ prefix: `distributions:${later.json.doc.id}` })).toHaveLength(0)
  })

  it('grants conversion.credited to the authors of credited content once, across recomputes, and a refund reverses it', async () => {
    const content = await paper(['one', 'two'])
    const link = await server.payload.create({ collection: 'tracked-links', data: { code: slug('lead'), destinationType: 'content', content: { relationTo: 'white-papers', value: content }, channel: 'newsletter' } })
    const clickId = slug('clk')
    await storeClicks(server.payload, [
      { clickId, at: new Date(Date.now() - 3_600_000).toISOString(), linkId: Number(link.id), code: link.code, campaignKey: null, channel: 'newsletter', contentType: 'white-papers', contentId: content, human: true, botReason: null, referrer: null, userAgent: 'Mozilla/5.0', visitorId: null, channelGroup: null, deliveryId: null },
    ])
    const lead = await ingest.convert({ event: 'lead', email: 'ana@bank.example', clickId, idempotencyKey: 'lead-ana' })
    const source = `conversions:${lead.id}#white-papers:${content}`
    const credited = async () => entries({ prefix: `conversions:${lead.id}#` })
    expect((await credited()).map((e) => [e.user, e.rule, e.source, e.detail, e.delta])).toEqual([
      [id('one'), 'conversion.credited', source, 'lead', 2],
      [id('two'), 'conversion.credited', source, 'lead', 2],
    ])

    await recomputeAttribution(server.payload)
    expect(await credited()).toHaveLength(2)

    await ingest.convert({ event: 'refund', email: 'ana@bank.example', idempotencyKey: 'refund-ana', revenue: 120, currency: 'USD', properties: { refundOf: 'lead-ana' } })
    const after = await credited()
    expect(counters(after).map((e) => [e.user, e.delta])).toEqual([
      [id('one'), -2],
      [id('two'), -2],
    ])
    // A refunded conversion earns nothing again when attribution is recomputed.
    await recomputeAttribution(server.payload)
    expect(await credited()).toHaveLength(4)
  })

  it('grants layer.transition to the authors of content credited with an upward move, weighted, once', async () => {
    const content = await paper(['one'])
    const noAuthors = await article('No authors named', [])
    await publishThrough(noAuthors, 'two')
    const transitionId = 900_000 + Math.floor(Math.random() * 1000)
    const credited = [
      {
        transitionId,
        direction: 'up' as const,
        fromLayer: 'potential-development',
        toLayer: 'heavy-retention',
        at: new Date().toISOString(),
        credits: [
          { contentType: 'white-papers', contentId: content, weight: 0.4 },
          { contentType: 'white-papers', contentId: content, weight: 0.2 },
          { contentType: 'articles', contentId: noAuthors, weight: 0.4 },
        ],
      },
      { transitionId: transitionId + 1, direction: 'down' as const, fromLayer: 'heavy-retention', toLayer: 'dormant', at: new Date().toISOString(), credits: [{ contentType: 'white-papers', contentId: content, weight: 1 }] },
    ]
    await onLayerTransitionsCredited(server.payload, credited)
    await onLayerTransitionsCredited(server.payload, credited)
    const up = await entries({ prefix: `layer-transitions:${transitionId}#` })
    expect(up.map((e) => [e.user, e.rule, e.source, e.units, e.delta])).toEqual([
      [id('one'), 'layer.transition', `layer-transitions:${transitionId}#white-papers:${content}`, 0.6, 3],
      // Without named authors, whoever submitted it for review wrote it.
      [id('two'), 'layer.transition', `layer-transitions:${transitionId}#articles:${noAuthors}`, 0.4, 2],
    ])
    expect(await entries({ prefix: `layer-transitions:${transitionId + 1}#` })).toHaveLength(0)
  })
})
