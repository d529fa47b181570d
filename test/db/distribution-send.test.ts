import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runDistribution } from '../../src/distribution/run/run-distribution'
import { bootServer } from '../helpers/boot'
import { mailParts } from '../helpers/smtp'
import { startFaultySmtp } from '../helpers/smtp-faults'
import { spawnEntry, type Spawned } from '../helpers/spawn'
import { createUser, loginHeader } from '../helpers/users'
import { eventually, sleep } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

const SETTLED = ['sent', 'partially-failed', 'failed', 'cancelled']

/**
 * Newsletter distributions end to end against a real SMTP server: audience and suppression, progress
 * over REST and GraphQL, approval, cancel, recipient time zones on a fake clock, and the faults of
 * issue 5 — the mail server dropping connections mid-batch, and the worker killed mid-send.
 */
describe('sending distributions', () => {
  let server: Server
  let smtp: Awaited<ReturnType<typeof startFaultySmtp>>
  let marketer: string, marketer2: string, admin: string
  let paper: number, layer: number, channel: number
  const workers: Spawned[] = []
  const emails = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i + 1}@bank${i + 1}.example`)
  const layered = emails(5, 'pd')

  const api = async (method: string, path: string, auth: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, { method, headers: { authorization: auth, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
    return { status: res.status, json: await res.json() }
  }
  const contact = (email: string, extra: Record<string, unknown> = {}) =>
    server.payload.create({ collection: 'contacts', data: { email, consent: { email: true }, ...extra } })
  const distribution = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    content: [{ relationTo: 'white-papers', value: paper }],
    channels: [channel],
    audience: { layers: [layer] },
    variants: [{ channel, subject: title, preheader: 'Five layers, one loop', copy: 'Our new white paper.' }],
    schedule: { mode: 'now' },
    ...extra,
  })
  const read = (id: number) => server.payload.findByID({ collection: 'distributions', id, depth: 0 })
  const runUntilSettled = async (id: number, ms = 30_000) =>
    eventually(async () => {
      await server.payload.jobs.run({ silent: true })
      const d = await read(id)
      return SETTLED.includes(d.status) ? d : undefined
    }, ms, `distribution ${id} to settle`)
  const copies = (subject: string) =>
    smtp.received.filter((m) => m.headers.subject === subject).flatMap((m) => m.to).reduce((m, to) => m.set(to, (m.get(to) ?? 0) + 1), new Map<string, number>())

  beforeAll(async () => {
    smtp = await startFaultySmtp()
    server = await bootServer({ JOBS_AUTORUN: 'off', DISTRIBUTION_RETRY_MS: '200', DISTRIBUTION_LEASE_MS: '1500', SITE_URL: 'https://www.example.com' })
    const { payload } = server
    admin = await loginHeader(server.url, await createUser(payload, ['admin']))
    marketer = await loginHeader(server.url, await createUser(payload, ['marketer']))
    marketer2 = await loginHeader(server.url, await createUser(payload, ['marketer']))
    paper = Number(
      (
        await payload.create({
          collection: 'white-papers',
          data: { title: 'Growth layers in banking', slug: 'growth-layers-in-banking', summary: 'How banks grow accounts.', workflowState: 'published', _status: 'published' } as never,
          context: { seeding: true },
        })
      ).id,
    )
    layer = Number((await payload.create({ collection: 'growth-layers', data: { name: 'Potential development', slug: 'potential-development', rank: 2 } })).id)
    for (const email of layered) await contact(email, { layer })
    // In the layer but never to be mailed: unsubscribed, bounced, no consent. Outside the layer: not chosen.
    await contact('gone@bank.example', { layer, suppression: { unsubscribedAt: new Date().toISOString() } })
    await contact('bounced@bank.example', { layer, suppression: { bouncedAt: new Date().toISOString() } })
    await contact('quiet@bank.example', { layer, consent: { email: false } })
    await contact('other@retail.example')
    channel = Number(
      (await payload.create({ collection: 'channels', data: { name: 'Newsletter', slug: 'newsletter', kind: 'email', email: { fromAddress: 'news@flywheel.example', smtpUrl: smtp.url, batchSize: 2, concurrency: 2, ratePerMinute: 60_000 }, cost: { amount: 0.5, per: 'send' } } })).id,
    )
  })
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL')
    await server?.close()
    await smtp?.close()
  })

  it('sends a newsletter to a layer, never to suppressed contacts, with progress readable over REST and GraphQL', async () => {
    const created = await api('POST', '/api/distributions', marketer, { ...distribution('Issue 1'), status: 'scheduled' })
    expect(created.status, JSON.stringify(created.json)).toBe(201)
    const id = created.json.doc.id
    // The marketer's preview of the channel's variant: the email as it will look, no link created.
    const preview = await api('GET', `/api/distributions/${id}/preview?channel=${channel}`, marketer)
    expect(preview.json.preview).toMatchObject({ subject: 'Issue 1' })
    expect(preview.json.preview.html).toContain('Growth layers in banking')
    expect(preview.json.preview.text).toContain('Our new white paper.')
    const asHtml = await fetch(`${server.url}/api/distributions/${id}/preview?channel=${channel}&format=html`, { headers: { authorization: marketer } })
    expect(asHtml.headers.get('content-type')).toMatch(/^text\/html/)
    expect((await api('GET', `/api/distributions/${id}/preview?channel=999`, marketer)).status).toBe(400)
    expect((await fetch(`${server.url}/api/distributions/${id}/preview?channel=${channel}`)).status).toBe(401)
    expect((await server.payload.count({ collection: 'tracked-links', where: { distributionId: { equals: id } } })).totalDocs).toBe(0)
    const done = await runUntilSettled(id)
    expect(done).toMatchObject({ status: 'sent', sentCount: 5, totalCount: 5, failedCount: 0 })
    expect(Object.fromEntries(copies('Issue 1'))).toEqual(Object.fromEntries(layered.map((e) => [e, 1])))
    const log = (await server.payload.find({ collection: 'deliveries', where: { distributionId: { equals: id } }, pagination: false })).docs
    expect(log.map((d) => d.status)).toEqual(Array(5).fill('sent'))
    expect(log.every((d) => d.messageId && d.sentAt && d.attempts === 1)).toBe(true)
    const gql = await api('POST', '/api/graphql', marketer, { query: `{ Distribution(id: ${id}) { status sentCount totalCount } }` })
    expect(gql.json.data.Distribution).toEqual({ status: 'sent', sentCount: 5, totalCount: 5 })
    // A reader follows the white paper's link: the click is tied to their delivery and to them.
    const mail = smtp.received.find((m) => m.headers.subject === 'Issue 1' && m.to[0] === layered[0])!
    const href = [...mailParts(mail).html.matchAll(/href="([^"]+\/l\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))[0]
    const delivery = log.find((d) => d.email === layered[0])!
    expect(href).toMatch(new RegExp(`/l/[\\w-]+\\?d=${delivery.id}$`))
    const follow = await fetch(`${server.url}${new URL(href).pathname}${new URL(href).search}`, { redirect: 'manual', headers: { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0' } })
    expect(follow.status).toBe(302)
    const clickId = new URL(follow.headers.get('location')!).searchParams.get('fw_click')
    const clicked = await eventually(async () => {
      const d = await server.payload.findByID({ collection: 'deliveries', id: delivery.id })
      return d.status === 'clicked' ? d : undefined
    }, 5000, 'the delivery to be marked clicked')
    expect(clicked.clickedAt).toBeTruthy()
    const identity = (await server.payload.find({ collection: 'identities', where: { key: { equals: `click:${clickId}` } } })).docs[0]
    expect(identity?.contactId).toBe(delivery.contactId)
    // The attribution report prices the channel: 5 sends at 0.50.
    const report = await api('GET', '/api/attribution?model=LINEAR&groupBy=CHANNEL', marketer)
    expect(report.json.rows.find((r: { key: string }) => r.key === 'newsletter')).toMatchObject({ label: 'Newsletter', humanClicks: 1, cost: 2.5 })
    // A sent distribution is not sent again by setting it back.
    expect((await api('PATCH', `/api/distributions/${id}`, marketer, { status: 'scheduled' })).status).toBe(400)
  })

  it('gives every recipient exactly one copy when the mail server drops the connection mid-batch and comes back', async () => {
    smtp.dropAfter(2)
    const created = await api('POST', '/api/distributions', marketer, { ...distribution('Issue 2'), status: 'scheduled' })
    const id = created.json.doc.id
    await server.payload.jobs.run({ silent: true })
    expect((await read(id)).status).toBe('sending')
    expect(copies('Issue 2').size).toBe(2)
    smtp.up()
    const done = await runUntilSettled(id)
    expect(done).toMatchObject({ status: 'sent', sentCount: 5 })
    expect(Object.fromEntries(copies('Issue 2'))).toEqual(Object.fromEntries(layered.map((e) => [e, 1])))
    const retried = (await server.payload.find({ collection: 'deliveries', where: { and: [{ distributionId: { equals: id } }, { attempts: { greater_than: 1 } }] } })).docs
    expect(retried.length).toBeGreaterThan(0)
  })

  it('needs another marketer to approve a large audience, and a cancel stops everything', async () => {
    expect((await api('POST', '/api/globals/distribution-settings', admin, { approvalThreshold: 3 })).status).toBe(200)
    const id = (await api('POST', '/api/distributions', marketer, distribution('Issue 3'))).json.doc.id
    const refused = await api('PATCH', `/api/distributions/${id}`, marketer, { status: 'scheduled' })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toMatch(/5 recipients is more than the approval threshold \(3\)/)
    expect((await api('POST', `/api/distributions/${id}/approve`, marketer, {})).status).toBe(403)
    const approved = await api('POST', `/api/distributions/${id}/approve`, marketer2, {})
    expect(approved.status, JSON.stringify(approved.json)).toBe(200)
    expect((await api('PATCH', `/api/distributions/${id}`, marketer, { status: 'scheduled', schedule: { mode: 'at', at: new Date(Date.now() + 3_600_000).toISOString() } })).status).toBe(200)
    const cancelled = await api('POST', `/api/distributions/${id}/cancel`, marketer, {})
    expect(cancelled.json).toMatchObject({ status: 'cancelled' })
    expect((await api('POST', `/api/distributions/${id}/cancel`, marketer, {})).status).toBe(400)
    await server.payload.jobs.run({ silent: true })
    expect(copies('Issue 3').size).toBe(0)
    expect((await api('POST', '/api/globals/distribution-settings', admin, { approvalThreshold: 1000 })).status).toBe(200)
  })

  it("sends at 09:00 in each recipient's own time zone (fake clock)", async () => {
    const { payload } = server
    const berlin = await contact('anna@berlin.example', { timeZone: 'Europe/Berlin' })
    const shanghai = await contact('li@shanghai.example', { timeZone: 'Asia/Shanghai' })
    const list = await payload.create({ collection: 'contact-lists', data: { name: 'Two zones', contacts: [berlin.id, shanghai.id] } })
    const d = await payload.create({
      collection: 'distributions',
      data: { ...distribution('Local 9am'), audience: { lists: [list.id] }, schedule: { mode: 'local', localTime: '09:00', timeZone: 'UTC' }, status: 'scheduled' } as never,
    })
    const at = (iso: string) => () => new Date(iso)
    // 00:30 UTC: 08:30 in Shanghai, 01:30 in Berlin: nothing yet; next run when Shanghai reaches 09:00.
    const first = await runDistribution(payload, Number(d.id), at('2026-12-01T00:30:00Z'))
    expect(first.runAgainAt?.toISOString()).toBe('2026-12-01T01:00:00.000Z')
    expect(copies('Local 9am').size).toBe(0)
    const second = await runDistribution(payload, Number(d.id), at('2026-12-01T01:00:05Z'))
    expect([...copies('Local 9am').keys()]).toEqual(['li@shanghai.example'])
    expect(second.runAgainAt?.toISOString()).toBe('2026-12-01T08:00:00.000Z')
    const third = await runDistribution(payload, Number(d.id), at('2026-12-01T08:00:05Z'))
    expect(third.status).toBe('sent')
    expect(Object.fromEntries(copies('Local 9am'))).toEqual({ 'li@shanghai.example': 1, 'anna@berlin.example': 1 })
  })

  it('sends everything exactly once when the worker is killed mid-send and another takes over', { timeout: 120_000 }, async () => {
    const { payload } = server
    const many = emails(8, 'kill')
    const list = await payload.create({ collection: 'contact-lists', data: { name: 'Eight', contacts: await Promise.all(many.map(async (e) => (await contact(e)).id)) } })
    const slow = await payload.create({ collection: 'channels', data: { name: 'One by one', slug: 'one-by-one', kind: 'email', email: { smtpUrl: smtp.url, batchSize: 1, concurrency: 1, ratePerMinute: 60_000 } } })
    const worker = () =>
      spawnEntry('src/jobs/worker.ts', {
        DATABASE_URI: server.env.databaseUri,
        PAYLOAD_MIGRATING: 'true',
        JOBS_INTERVAL_SECONDS: '1',
        DISTRIBUTION_LEASE_MS: '1500',
        DISTRIBUTION_RETRY_MS: '200',
        SITE_URL: 'https://www.example.com',
      })
    // The mail server answers three messages, then goes silent: the worker hangs inside the fourth.
    smtp.holdAfter(3)
    const d = await payload.create({
      collection: 'distributions',
      data: { ...distribution('Killed'), channels: [slow.id], variants: [{ channel: slow.id, subject: 'Killed' }], audience: { lists: [list.id] }, status: 'scheduled' } as never,
    })
    workers.push(worker())
    await eventually(async () => copies('Killed').size === 3 || undefined, 60_000, 'three messages').catch((err: Error) => {
      throw new Error(`${err.message}\n${workers[0].output()}`)
    })
    await sleep(500)
    workers[0].child.kill('SIGKILL')
    await workers[0].exited
    smtp.up()
    workers.push(worker())
    const done = await eventually(async () => {
      const now = await read(Number(d.id))
      return SETTLED.includes(now.status) ? now : undefined
    }, 60_000, 'the second worker to finish').catch((err: Error) => {
      throw new Error(`${err.message}\n${workers[1].output()}`)
    })
    expect(done).toMatchObject({ status: 'sent', sentCount: 8 })
    expect(Object.fromEntries(copies('Killed'))).toEqual(Object.fromEntries(many.map((e) => [e, 1])))
  })
})
