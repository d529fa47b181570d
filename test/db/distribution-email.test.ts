import type { AddressInfo } from 'node:net'

import express from 'express'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Outcome, SendBatch } from '../../src/distribution/channels/adapter'
import { emailAdapter, SUPPRESSED } from '../../src/distribution/channels/email'
import { closeEmailTransports } from '../../src/distribution/channels/email-transport'
import { emailRoutes } from '../../src/distribution/email/routes'
import { pixelUrl, signToken, unsubscribeUrl } from '../../src/distribution/email/tokens'
import { trackedLinkFor } from '../../src/distribution/run/tracked-link'
import type { Channel, Contact, Delivery, Distribution } from '../../src/payload-types'
import { link, p, richText } from '../../src/seed/data/richtext'
import { bootServer } from '../helpers/boot'
import { mailParts, startSmtpSink, type ReceivedMail } from '../helpers/smtp'
import { eventually } from './workflow-fixtures'

type Server = Awaited<ReturnType<typeof bootServer>>

const SITE = 'https://www.flywheel.test'
const PUBLIC = 'https://go.flywheel.test'

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'))
const textUrls = (text: string) => [...text.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0])
const TRACKED = (deliveryId: number) => new RegExp(`^${PUBLIC}/l/[A-Za-z0-9_-]{3,64}\\?d=${deliveryId}$`)

/** An SMTP server that refuses some recipients: `gone@` with 550, `busy@` with 451; counts connections. */
const startPickyServer = async () => {
  let open = 0
  const stats = { maxOpen: 0, delivered: [] as string[] }
  const reject = (message: string, responseCode: number) => Object.assign(new Error(message), { responseCode })
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onConnect(_session, callback) {
      stats.maxOpen = Math.max(stats.maxOpen, ++open)
      callback()
    },
    onClose() {
      open--
    },
    onRcptTo({ address }, _session, callback) {
      if (address.startsWith('gone@')) return callback(reject('5.1.1 No such user', 550))
      if (address.startsWith('busy@')) return callback(reject('4.2.1 Mailbox busy, try later', 451))
      callback()
    },
    onData(stream, session, callback) {
      stream.resume()
      stream.on('end', () => {
        // A little time on the wire, so parallel sends overlap.
        setTimeout(() => {
          stats.delivered.push(...session.envelope.rcptTo.map((r) => r.address))
          callback()
        }, 50)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return { url: `smtp://127.0.0.1:${port}`, stats, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

describe('the email channel', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let picky: Awaited<ReturnType<typeof startPickyServer>>
  let server: Server
  let channel: Channel
  let distribution: Distribution
  let paperSlug: string
  const outcomes = new Map<number, Outcome>()
  let seq = 0

  /** A public URL as the test reaches it: the server listens on a random local port. */
  const local = (url: string) => {
    const u = new URL(url)
    expect(u.origin).toBe(PUBLIC)
    return `${server.url}${u.pathname}${u.search}`
  }

  const contact = (email: string, extra: Partial<Contact> = {}) =>
    server.payload.create({ collection: 'contacts', data: { email, consent: { email: true, tracking: true }, ...extra }, overrideAccess: true })

  const queue = (c: Contact, on: Channel = channel) =>
    server.payload.create({
      collection: 'deliveries',
      data: { sendKey: `${distribution.id}:${on.id}:${c.id}:0:${++seq}`, distributionId: distribution.id, channelId: on.id, contactId: c.id, email: c.email, status: 'sending', occurrence: 0, attempts: 0, dueAt: new Date().toISOString() },
      overrideAccess: true,
    })

  const delivery = (id: number) => server.payload.findByID({ collection: 'deliveries', id, depth: 0, overrideAccess: true })
  const contactOf = (id: number) => server.payload.findByID({ collection: 'contacts', id, depth: 0, overrideAccess: true })

  // What the runner does with an outcome, enough for these tests.
  const record = async (id: number, outcome: Outcome) => {
    outcomes.set(id, outcome)
    const now = new Date().toISOString()
    const data = outcome.ok
      ? { status: 'sent' as const, sentAt: now, messageId: outcome.messageId }
      : { status: outcome.bounced ? ('bounced' as const) : outcome.error === 'suppressed' ? ('suppressed' as const) : ('failed' as const), lastError: outcome.error }
    await server.payload.update({ collection: 'deliveries', id, data, overrideAccess: true })
  }

  const send = (deliveries: Delivery[], options: { on?: Channel; signal?: AbortSignal; record?: SendBatch['record'] } = {}) => {
    const on = options.on ?? channel
    return emailAdapter.send({
      payload: server.payload,
      channel: on,
      distribution,
      variant: distribution.variants?.find((v) => (typeof v.channel === 'object' ? v.channel.id : v.channel) === on.id),
      deliveries,
      record: options.record ?? record,
      trackedLink: (url) => trackedLinkFor(server.payload, distribution, on, url),
      signal: options.signal ?? new AbortController().signal,
    })
  }

  beforeAll(async () => {
    smtp = await startSmtpSink()
    picky = await startPickyServer()
    server = await bootServer({ SMTP_URL: smtp.url, JOBS_AUTORUN: 'off', SITE_URL: SITE, PUBLIC_URL: PUBLIC, MAIL_FROM: 'Flywheel <mail@flywheel.test>' })
    const { payload } = server
    const paper = await payload.create({
      collection: 'white-papers',
      data: {
        title: 'Growth layers in banking',
        slug: 'growth-layers-in-banking',
        summary: 'How banks grow accounts layer by layer.',
        body: richText(p('Compare ', link('/pricing', 'our plans'), ' before you start.')),
        workflowState: 'published',
        _status: 'published',
      } as never,
      context: { seeding: true },
    })
    paperSlug = paper.slug
    const second = await payload.create({
      collection: 'white-papers',
      data: { title: 'Retention for insurers', slug: 'retention-for-insurers', workflowState: 'published', _status: 'published' } as never,
      context: { seeding: true },
    })
    channel = await payload.create({
      collection: 'channels',
      data: { name: 'Newsletter', slug: 'newsletter', kind: 'email', email: { fromName: 'Flywheel News', fromAddress: 'news@flywheel.test', replyTo: 'editors@flywheel.test', concurrency: 2 } },
      overrideAccess: true,
    })
    const created = await payload.create({
      collection: 'distributions',
      data: {
        title: 'October newsletter',
        content: [
          { relationTo: 'white-papers', value: paper.id },
          { relationTo: 'white-papers', value: second.id },
        ],
        channels: [channel.id],
        variants: [{ channel: channel.id, subject: 'Growth layers, explained', preheader: 'Five minutes that pay off', copy: 'Our new paper is out.', ctaLabel: 'Book a demo', ctaUrl: `${SITE}/demo` }],
        schedule: { mode: 'now' },
        status: 'draft',
      },
      overrideAccess: true,
    })
    distribution = await payload.findByID({ collection: 'distributions', id: created.id, depth: 1, overrideAccess: true })
  })
  afterAll(async () => {
    closeEmailTransports()
    await server?.close()
    await smtp?.close()
    await picky?.close()
  })

  it('sends each recipient the newsletter in text and HTML, every link a tracked link tied to the delivery', async () => {
    const [ana, bob] = [await contact('ana@bank.example'), await contact('bob@bank.example')]
    const deliveries = [await queue(ana), await queue(bob)]
    const before = smtp.received.length
    await send(deliveries)
    expect(smtp.received.length - before).toBe(2)
    const destinations = new Map<string, string>()
    for (const d of deliveries) {
      const mail = smtp.received.find((m) => m.to[0] === d.email)!
      expect(mail.headers.from).toBe('Flywheel News <news@flywheel.test>')
      expect(mail.headers['reply-to']).toBe('editors@flywheel.test')
      expect(mail.headers.subject).toBe('Growth layers, explained')
      expect(mail.headers['list-unsubscribe']).toBe(`<${unsubscribeUrl(d.id)}>`)
      expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
      expect(outcomes.get(d.id)).toEqual({ ok: true, messageId: mail.headers['message-id'] })
      expect(await delivery(d.id)).toMatchObject({ status: 'sent', messageId: mail.headers['message-id'] })

      const { text, html } = mailParts(mail)
      for (const body of [text, html]) {
        expect(body).toContain('Growth layers in banking')
        expect(body).toContain('Our new paper is out.')
        expect(body).toContain('Book a demo')
        expect(body).toContain('Retention for insurers')
      }
      expect(html).toContain('Five minutes that pay off')
      expect(html).toContain(`src="${pixelUrl(d.id)}"`)
      expect(html).not.toMatch(/\bfw[0-9a-f]{16}\b/)
      expect(text).not.toMatch(/\bfw[0-9a-f]{16}\b/)

      const links = [...hrefs(html), ...textUrls(text)].filter((url) => url !== unsubscribeUrl(d.id))
      expect(links.length).toBeGreaterThanOrEqual(8)
      for (const url of links) expect(url).toMatch(TRACKED(d.id))
      expect(hrefs(html)).toContain(unsubscribeUrl(d.id))
      expect(textUrls(text)).toContain(unsubscribeUrl(d.id))
      for (const url of new Set(links)) {
        const res = await fetch(local(url), { redirect: 'manual' })
        expect(res.status, url).toBe(302)
        const target = new URL(res.headers.get('location')!)
        expect(target.searchParams.get('fw_click')).toBeTruthy()
        destinations.set(new URL(url).pathname, `${target.origin}${target.pathname}`)
      }
    }
    // One tracked link per destination, shared by the recipients (only ?d= differs).
    expect([...destinations.values()].sort()).toEqual(
      [`${SITE}/demo`, `${SITE}/pricing`, `${SITE}/white-papers/${paperSlug}`, `${SITE}/white-papers/retention-for-insurers`].sort(),
    )
    const codes = await server.payload.find({ collection: 'tracked-links', where: { distributionId: { equals: distribution.id } }, overrideAccess: true })
    expect(codes.totalDocs).toBe(4)
  })

  it('keeps the Message-ID of a delivery when it is sent again after a crash', async () => {
    const [cy, dan] = [await contact('cy@bank.example'), await contact('dan@bank.example')]
    const first = await queue(cy)
    const other = await queue(dan)
    await send([first, other])
    const id = smtp.received.find((m) => m.to[0] === 'cy@bank.example')!.headers['message-id']
    expect(id).toMatch(/^<[0-9a-f]{32}@flywheel\.test>$/)
    expect(smtp.received.find((m) => m.to[0] === 'dan@bank.example')!.headers['message-id']).not.toBe(id)
    // A worker killed after sending, before recording: the delivery is claimed and sent again.
    await send([{ ...first, status: 'sending' }])
    const again = smtp.received.filter((m) => m.to[0] === 'cy@bank.example')
    expect(again).toHaveLength(2)
    expect(again[1].headers['message-id']).toBe(id)
  })

  it('sends nothing to a contact who unsubscribed, bounced or withdrew consent after being queued', async () => {
    const gone = await contact('gone-since@bank.example')
    const bounced = await contact('bounced@bank.example')
    const withdrawn = await contact('withdrawn@bank.example')
    const still = await contact('still@bank.example')
    const deliveries = [await queue(gone), await queue(bounced), await queue(withdrawn), await queue(still)]
    const at = new Date().toISOString()
    await server.payload.update({ collection: 'contacts', id: gone.id, data: { suppression: { unsubscribedAt: at } }, overrideAccess: true })
    await server.payload.update({ collection: 'contacts', id: bounced.id, data: { suppression: { bouncedAt: at } }, overrideAccess: true })
    await server.payload.update({ collection: 'contacts', id: withdrawn.id, data: { consent: { email: false, tracking: true } }, overrideAccess: true })
    const before = smtp.received.length
    await send(deliveries)
    expect(smtp.received.slice(before).map((m) => m.to[0])).toEqual(['still@bank.example'])
    expect(SUPPRESSED).toEqual({ ok: false, error: 'suppressed', permanent: true })
    for (const d of deliveries.slice(0, 3)) {
      expect(outcomes.get(d.id)).toEqual(SUPPRESSED)
      expect((await delivery(d.id)).status).toBe('suppressed')
    }
    expect(outcomes.get(deliveries[3].id)).toMatchObject({ ok: true })
  })

  it('counts an open once, from the pixel, without caching and whatever the database says', async () => {
    const eve = await contact('eve@bank.example')
    const d = await queue(eve)
    await send([d])
    const html = mailParts(smtp.received.find((m) => m.to[0] === 'eve@bank.example')!).html
    const src = /<img[^>]+src="([^"]+\/v1\/o\/[^"]+\.gif)"/.exec(html)?.[1]
    expect(src).toBe(pixelUrl(d.id))
    const res = await fetch(local(src!))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/gif')
    expect(res.headers.get('cache-control')).toContain('no-store')
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 6).toString()).toBe('GIF89a')
    const opened = await eventually(async () => ((await delivery(d.id)).openedAt ? delivery(d.id) : undefined), 5000, 'the open to be recorded')
    expect(opened.status).toBe('opened')
    await (await fetch(local(src!))).arrayBuffer()
    await new Promise((r) => setTimeout(r, 200))
    expect((await delivery(d.id)).openedAt).toBe(opened.openedAt)
    // An unknown delivery still gets its image.
    const ghost = await fetch(`${server.url}/v1/o/${signToken(987_654, 'o')}.gif`)
    expect(ghost.status).toBe(200)
    expect(ghost.headers.get('content-type')).toBe('image/gif')
    // A forged or cut-off token is refused.
    const forged = await fetch(`${server.url}/v1/o/${signToken(d.id, 'u')}.gif`)
    expect(forged.status).toBe(400)
    expect(await forged.json()).toMatchObject({ error: { code: 'bad_request' } })
  })

  it('serves the pixel when the database fails, and refuses to pretend an unsubscribe worked', async () => {
    const failing = () => Promise.reject(new Error('connection terminated'))
    const broken = { findByID: failing, find: failing, update: failing, logger: { warn: () => {}, error: () => {} } } as unknown as Payload
    const app = express().use(emailRoutes(() => broken))
    const listener = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => listener.once('listening', resolve))
    const base = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`
    try {
      const pixel = await fetch(`${base}/v1/o/${signToken(1, 'o')}.gif`)
      expect(pixel.status).toBe(200)
      expect(pixel.headers.get('content-type')).toBe('image/gif')
      const unsubscribe = await fetch(`${base}/v1/unsubscribe/${signToken(1, 'u')}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' })
      expect(unsubscribe.status).toBe(503)
      expect(await unsubscribe.json()).toMatchObject({ error: { code: 'unavailable' } })
    } finally {
      await new Promise((resolve) => listener.close(resolve))
    }
  })

  it('unsubscribes on the one-click POST (RFC 8058), never on a GET, and only once', async () => {
    const fay = await contact('fay@bank.example')
    const d = await queue(fay)
    await send([d])
    const header = smtp.received.find((m) => m.to[0] === 'fay@bank.example')!.headers['list-unsubscribe']
    const url = local(/^<(.+)>$/.exec(header)![1])

    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toMatch(/<form method="post">/)
    expect((await contactOf(fay.id)).consent?.email).toBe(true)
    expect((await contactOf(fay.id)).suppression?.unsubscribedAt ?? null).toBeNull()
    expect((await delivery(d.id)).status).toBe('sent')

    const oneClick = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })
    const res = await oneClick()
    expect(res.status).toBe(200)
    const after = await contactOf(fay.id)
    expect(after.consent).toMatchObject({ email: false, tracking: true })
    expect(after.suppression?.unsubscribedAt).toBeTruthy()
    const unsubscribed = await delivery(d.id)
    expect(unsubscribed).toMatchObject({ status: 'unsubscribed' })
    expect(unsubscribed.unsubscribedAt).toBeTruthy()

    expect((await oneClick()).status).toBe(200)
    expect((await contactOf(fay.id)).suppression?.unsubscribedAt).toBe(after.suppression?.unsubscribedAt)
    expect((await delivery(d.id)).unsubscribedAt).toBe(unsubscribed.unsubscribedAt)

    // The next send leaves her out.
    const next = await queue(fay)
    await send([next])
    expect(outcomes.get(next.id)).toEqual(SUPPRESSED)

    for (const bad of [signToken(d.id, 'o'), `${signToken(d.id, 'u').slice(0, -2)}AA`, 'nope']) {
      const refused = await fetch(`${server.url}/v1/unsubscribe/${bad}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' })
      expect(refused.status).toBe(400)
      expect(await refused.json()).toMatchObject({ error: { code: 'bad_request' } })
    }
  })

  it('classifies SMTP answers: 550 to the recipient bounces for good, 451 and a dead server are retried', async () => {
    const pickyChannel = await server.payload.create({
      collection: 'channels',
      data: { name: 'Picky relay', slug: 'picky-relay', kind: 'email', email: { smtpUrl: picky.url, concurrency: 2 } },
      overrideAccess: true,
    })
    const dead = await server.payload.create({ collection: 'channels', data: { name: 'Dead relay', slug: 'dead-relay', kind: 'email', email: { smtpUrl: 'smtp://127.0.0.1:1' } }, overrideAccess: true })
    const [gone, busy, ok1, ok2] = [await contact('gone@corp.example'), await contact('busy@corp.example'), await contact('ok1@corp.example'), await contact('ok2@corp.example')]
    const deliveries = [await queue(gone, pickyChannel), await queue(busy, pickyChannel), await queue(ok1, pickyChannel), await queue(ok2, pickyChannel)]
    await send(deliveries, { on: pickyChannel })
    expect(outcomes.get(deliveries[0].id)).toMatchObject({ ok: false, permanent: true, bounced: true, error: expect.stringContaining('550') })
    const busyOutcome = outcomes.get(deliveries[1].id)!
    expect(busyOutcome).toMatchObject({ ok: false, error: expect.stringContaining('451') })
    expect(busyOutcome).not.toHaveProperty('permanent')
    expect(outcomes.get(deliveries[2].id)).toMatchObject({ ok: true })
    expect(picky.stats.delivered.sort()).toEqual(['ok1@corp.example', 'ok2@corp.example'])
    // The channel's concurrency: two messages in flight, over at most two connections.
    expect(picky.stats.maxOpen).toBe(2)
    // Sender from MAIL_FROM when the channel has none.
    expect(outcomes.get(deliveries[2].id)).toMatchObject({ messageId: expect.stringMatching(/@flywheel\.test>$/) })

    const unreachable = await queue(ok1, dead)
    await send([unreachable], { on: dead })
    const outcome = outcomes.get(unreachable.id)!
    expect(outcome.ok).toBe(false)
    expect(outcome).not.toHaveProperty('permanent')
  })

  it('stops between messages once the batch is aborted', async () => {
    const serial = await server.payload.create({ collection: 'channels', data: { name: 'Serial', slug: 'serial', kind: 'email', email: { concurrency: 1 } }, overrideAccess: true })
    const people = [await contact('g1@bank.example'), await contact('g2@bank.example'), await contact('g3@bank.example')]
    const deliveries = await Promise.all(people.map((c) => queue(c, serial)))
    const controller = new AbortController()
    const before = smtp.received.length
    await send(deliveries, {
      on: serial,
      signal: controller.signal,
      record: async (id, outcome) => {
        await record(id, outcome)
        controller.abort()
      },
    })
    expect(smtp.received.length - before).toBe(1)
    expect(deliveries.filter((d) => outcomes.has(d.id))).toHaveLength(1)
    // Aborted before it starts: nothing at all.
    await send([await queue(people[0], serial)], { on: serial, signal: AbortSignal.abort() })
    expect(smtp.received.length - before).toBe(1)
  })
})
