/**
 * Issue 5 benchmark, in one run on one machine:
 * - Newsletter sending: a white paper to N recipients (BENCH_RECIPIENTS, default 2,000) of a growth layer
 *   through an email channel (batches of 100, 4 at a time) into an in-process SMTP sink, by the send job's
 *   runner (`runDistribution`, again until it settles: plan, claim, render, send, record, count), beside
 *   bare nodemailer (a pool of the same 4 connections, as many messages in flight, TCP_NODELAY) sending
 *   the parts of one received message to the same N recipients. Messages/s; p50/p99 are the ms between two
 *   messages on one SMTP connection, as the sink sees them. Every recipient must get exactly one message,
 *   in both runs, or the bench fails.
 * - Feed reads: GET /feeds/partner-feed.xml (50 entries, each sent by the runner) under autocannon, beside
 *   a bare node:http server answering the same RSS.
 * Run one engine per process: `tsx -C production bench/distribution.ts sqlite`.
 */
import net, { type AddressInfo } from 'node:net'

import nodemailer, { type SendMailOptions } from 'nodemailer'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { closeEmailTransports } from '../src/distribution/channels/email-transport'
import { RSS_CONTENT_TYPE } from '../src/distribution/feeds/rss'
import { runDistribution } from '../src/distribution/run/run-distribution'
import { h2, link, p, richText, ul } from '../src/seed/data/richtext'
import { mailParts, parseMail } from '../test/helpers/smtp'
import { bareServer, figures, load, runAsBenchChild, withBenchServer, type Engine, type Row } from './lib'

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS) || 2_000
const BATCH_SIZE = 100
const CONCURRENCY = 4
// The channel's maximum: 400 messages (4 batches of 100) take at least 240 ms.
const RATE_PER_MINUTE = 100_000
const FEED_ENTRIES = 50
const SETTLED = ['sent', 'partially-failed', 'failed', 'cancelled']
const PUBLISHED = { workflowState: 'published', _status: 'published' }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0

/**
 * An SMTP server on 127.0.0.1 (the `smtp-server` package) that accepts everything and keeps, per run:
 * the messages each recipient got, the ms between two messages on one connection, and the first raw message.
 */
const startSink = async () => {
  let copies = new Map<string, number>()
  let intervals: number[] = []
  let last = new Map<string, number>()
  let first: string | undefined
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    closeTimeout: 100,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const at = performance.now()
        const previous = last.get(session.id)
        if (previous !== undefined) intervals.push(at - previous)
        last.set(session.id, at)
        for (const { address } of session.envelope.rcptTo) copies.set(address, (copies.get(address) ?? 0) + 1)
        first ??= Buffer.concat(chunks).toString('utf8')
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    /** What arrived since the last call, and a fresh start for the next run. */
    take: () => {
      const run = { copies, intervals: intervals.sort((a, b) => a - b), first }
      copies = new Map()
      intervals = []
      last = new Map()
      first = undefined
      return run
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

type Received = ReturnType<Awaited<ReturnType<typeof startSink>>['take']>

/** Every recipient got exactly one message, and nobody else got any; else the bench fails. */
const exactlyOnce = (what: string, received: Received, emails: string[]) => {
  const wanted = new Set(emails)
  const wrong = [...received.copies].filter(([to, n]) => n !== 1 || !wanted.has(to))
  const missing = emails.filter((e) => !received.copies.has(e))
  if (wrong.length || missing.length)
    throw new Error(`${what}: ${missing.length} recipients got nothing, ${wrong.length} got a wrong count (${wrong.slice(0, 3).map(([to, n]) => `${to} × ${n}`).join(', ')})`)
}

/** The decoded text/plain and text/html parts of a multipart/alternative message, and its headers. */
const parts = (raw: string) => {
  const mail = { from: '', to: [], raw, ...parseMail(raw) }
  return { subject: mail.headers.subject ?? '', listUnsubscribe: mail.headers['list-unsubscribe'] ?? '', ...mailParts(mail) }
}

/** The send job's runner, run again when it says so, until the distribution settles. */
const sendUntilSettled = async (payload: Payload, id: number) => {
  for (let run = 0; run < 1000; run++) {
    const result = await runDistribution(payload, id)
    if (SETTLED.includes(result.status)) return result
    if (!result.runAgainAt) throw new Error(`distribution ${id} is ${result.status} with nothing to run again`)
    await sleep(Math.max(0, result.runAgainAt.getTime() - Date.now()))
  }
  throw new Error(`distribution ${id} did not settle`)
}

/**
 * Bare nodemailer: a pool of `CONCURRENCY` connections, `CONCURRENCY` × `CONCURRENCY` messages in flight
 * (as 4 batches of 4), on sockets with TCP_NODELAY: with nodemailer's default sockets every message waits
 * for a delayed ACK (about 40 ms on Linux), which would make the baseline as slow as the network stack.
 */
const bareSend = async (url: string, messages: SendMailOptions[]) => {
  const { hostname, port } = new URL(url)
  const transport = nodemailer.createTransport({
    pool: true,
    host: hostname,
    port: Number(port),
    maxConnections: CONCURRENCY,
    getSocket: (_options, callback) => {
      const socket = net.connect({ host: hostname, port: Number(port), noDelay: true }, () => callback(null, { connection: socket }))
      socket.once('error', (err) => callback(err, undefined))
    },
  })
  let next = 0
  const worker = async () => {
    while (next < messages.length) await transport.sendMail(messages[next++])
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY * CONCURRENCY }, worker))
  const seconds = (performance.now() - started) / 1000
  transport.close()
  return seconds
}

const body = (topic: string) =>
  richText(
    p(`Growth layers sort accounts by what they can still become. This paper shows how ${topic} teams use them to plan campaigns, measure them and decide where the next budget goes.`),
    h2('What changes'),
    ul('One definition of each layer, shared by sales and marketing', 'Campaigns planned per layer, not per product', 'Every touch and conversion attributed to the layer it moved'),
    p('Start with ', link('/guides/growth-layers', 'the growth layers guide'), ', then read ', link('/articles/layers-in-retail', 'how retail did it'), '.'),
    p('The appendix lists the questions to ask in the first workshop, the data each layer needs, and the reports that show whether an account moved up.'),
  )

export const runEngine = (engine: Engine): Promise<Row[]> => {
  // The bench drives the send job's runner itself: no in-process job runner competing for the deliveries.
  process.env.JOBS_AUTORUN = 'off'
  process.env.SITE_URL ??= 'https://www.example.com'
  process.env.DISTRIBUTION_RETRY_MS ??= '200'
  return withBenchServer(engine, async (server) => {
    const { payload } = server
    const sink = await startSink()
    try {
      // The audience: N contacts in one growth layer, and the approval threshold above N.
      await payload.updateGlobal({ slug: 'distribution-settings', data: { approvalThreshold: RECIPIENTS + 1 } })
      const layer = await payload.create({ collection: 'growth-layers', data: { name: 'Potential development', slug: 'potential-development', rank: 2 } })
      const emails = Array.from({ length: RECIPIENTS }, (_, i) => `reader${i + 1}@bank${(i % 97) + 1}.example`)
      for (let i = 0; i < emails.length; i += 50)
        await Promise.all(emails.slice(i, i + 50).map((email) => payload.create({ collection: 'contacts', data: { email, layer: layer.id, consent: { email: true } } })))
      const paper = await payload.create({
        collection: 'white-papers',
        data: { title: 'Growth layers in banking', slug: 'growth-layers-in-banking', summary: 'How banks grow accounts, layer by layer.', body: body('banking'), ...PUBLISHED } as never,
        context: { seeding: true },
      })
      const channel = await payload.create({
        collection: 'channels',
        data: { name: 'Newsletter', slug: 'newsletter', kind: 'email', email: { fromName: 'Flywheel', fromAddress: 'news@flywheel.example', smtpUrl: sink.url, batchSize: BATCH_SIZE, concurrency: CONCURRENCY, ratePerMinute: RATE_PER_MINUTE } },
      })
      const newsletter = await payload.create({
        collection: 'distributions',
        data: {
          title: 'Growth layers, issue 1',
          content: [{ relationTo: 'white-papers', value: paper.id }],
          channels: [channel.id],
          audience: { layers: [layer.id] },
          variants: [{ channel: channel.id, subject: 'Growth layers in banking', preheader: 'Five layers, one loop', copy: 'Our new white paper: how banks grow accounts, layer by layer.' }],
          schedule: { mode: 'now' },
          status: 'scheduled',
        },
      })

      const started = performance.now()
      const outcome = await sendUntilSettled(payload, Number(newsletter.id))
      const oursSeconds = (performance.now() - started) / 1000
      const sent = await payload.findByID({ collection: 'distributions', id: newsletter.id, depth: 0 })
      const oursReceived = sink.take()
      if (outcome.status !== 'sent' || sent.sentCount !== RECIPIENTS || sent.failedCount !== 0)
        throw new Error(`newsletter: ${outcome.status}, ${sent.sentCount} sent, ${sent.failedCount} failed of ${RECIPIENTS}`)
      exactlyOnce('newsletter', oursReceived, emails)
      closeEmailTransports()

      // The baseline: the same message (one received copy's parts and headers) to the same recipients.
      const raw = oursReceived.first!
      const mail = parts(raw)
      const messages = emails.map(
        (to): SendMailOptions => ({
          from: { name: 'Flywheel', address: 'news@flywheel.example' },
          to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          headers: { 'List-Unsubscribe': mail.listUnsubscribe, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        }),
      )
      const bareSeconds = await bareSend(sink.url, messages)
      const bareReceived = sink.take()
      exactlyOnce('bare nodemailer', bareReceived, emails)
      const bareRaw = bareReceived.first!

      const sending = (seconds: number, received: Received) => ({
        rps: RECIPIENTS / seconds,
        p50: percentile(received.intervals, 0.5),
        p99: percentile(received.intervals, 0.99),
        errors: 0,
      })
      const baseline = sending(bareSeconds, bareReceived)
      const ours = sending(oursSeconds, oursReceived)
      const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} kB`
      const n = RECIPIENTS.toLocaleString('en-US')
      const rows: Row[] = [
        { bench: 'distribution', engine, target: `bare nodemailer, pool of ${CONCURRENCY}, TCP_NODELAY: ${n} messages of ${kb(bareRaw)} (messages/s)`, ...baseline },
        {
          bench: 'distribution',
          engine,
          target: `newsletter to ${n} recipients, batches of ${BATCH_SIZE} × ${CONCURRENCY}, ${kb(raw)} each: ${oursSeconds.toFixed(1)} s, one message each (messages/s)`,
          ...ours,
          ratio: ours.rps / baseline.rps,
        },
      ]

      // The partner feed: 50 white papers, each sent to the feed channel by the runner.
      const feed = await payload.create({ collection: 'channels', data: { name: 'Partner feed', slug: 'partner-feed', kind: 'feed', feed: { description: 'Flywheel for partner sites', items: FEED_ENTRIES } } })
      for (let i = 1; i <= FEED_ENTRIES; i++) {
        const item = await payload.create({
          collection: 'white-papers',
          data: { title: `Growth layers, part ${i}`, slug: `growth-layers-part-${i}`, summary: `Part ${i}: how teams grow accounts, layer by layer.`, body: body(`part ${i}`), ...PUBLISHED } as never,
          context: { seeding: true },
        })
        const d = await payload.create({
          collection: 'distributions',
          data: { title: `To partners ${i}`, content: [{ relationTo: 'white-papers', value: item.id }], channels: [feed.id], schedule: { mode: 'now' }, status: 'scheduled' },
        })
        const result = await sendUntilSettled(payload, Number(d.id))
        if (result.status !== 'sent') throw new Error(`feed distribution ${i}: ${result.status}`)
      }
      const url = `${server.url}/feeds/partner-feed.xml`
      const res = await fetch(url)
      const rss = await res.text()
      const entries = rss.match(/<item>/g)?.length ?? 0
      if (res.status !== 200 || entries !== FEED_ENTRIES) throw new Error(`feed answered ${res.status} with ${entries} entries`)
      const bare = await bareServer(rss, RSS_CONTENT_TYPE)
      const feedBaseline = await load(bare.url)
      await bare.close()
      const feedOurs = await load(url)
      rows.push(
        { bench: 'distribution', engine, target: `bare node:http, same RSS (${kb(rss)})`, ...figures(feedBaseline) },
        { bench: 'distribution', engine, target: `GET /feeds/partner-feed.xml (${entries} entries)`, ...figures(feedOurs), ratio: feedOurs.rps / feedBaseline.rps },
      )
      return rows
    } finally {
      closeEmailTransports()
      await sink.close()
    }
  })
}

runAsBenchChild(import.meta.url, runEngine)
