import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { conditionRows, DEFAULT_LAYERS, DEFAULT_RULES } from '../../src/growth/layers/defaults'
import { addBlock, choose, documentReady, fieldId, saveWith, signIn, type Person } from '../helpers/admin-ui'
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium'
import { pollFor, restClient, whereQuery } from '../helpers/rest'
import { mailParts, startSmtpSink } from '../helpers/smtp'
import { freePort, spawnEntry, waitForOk, type Spawned } from '../helpers/spawn'
import { startTinySite } from '../helpers/tiny-site'
import { ensureAdminBuild } from './build'

const ARTIFACTS = path.resolve('test/artifacts')
/** The contact's own browser: a person's Chrome, not a headless one (which the click classifier rightly counts as a bot). */
const PERSONS_BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36'

/**
 * The whole loop as the team and a reader walk it, on a production build in Chromium: content written,
 * reviewed and published in the admin, sent to a growth layer by email, clicked and converted on the
 * customer's site through the tracking script, and seen on the operations dashboard.
 */
describe('the loop: write, review, publish, distribute, click, convert, measure', () => {
  let server: Spawned
  let browser: Browser
  let base: string
  let dir: string
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let site: Awaited<ReturnType<typeof startTinySite>>
  let api: ReturnType<typeof restClient>
  const tracking = { flywheel: '', writeKey: '', secretKey: '' }
  const contexts: BrowserContext[] = []
  const suffix = crypto.randomBytes(3).toString('hex')
  const people: Record<'admin' | 'editor' | 'reviewer' | 'marketer', Person & { auth?: string; id?: number }> = {
    admin: { email: `ops-admin-${suffix}@flywheel.test`, password: `pw-admin-${suffix}-A1` },
    editor: { email: `editor-${suffix}@flywheel.test`, password: `pw-editor-${suffix}-B2` },
    reviewer: { email: `reviewer-${suffix}@flywheel.test`, password: `pw-reviewer-${suffix}-C3` },
    marketer: { email: `marketer-${suffix}@flywheel.test`, password: `pw-marketer-${suffix}-D4` },
  }
  const contact = { email: `ana.lopez-${suffix}@northbank.example`, userId: `nb-user-${suffix}`, id: 0 }
  const paper = { title: `Growth layers in retail banking ${suffix}`, slug: `growth-layers-in-retail-banking-${suffix}`, id: 0 }
  let channelId = 0
  let distributionId = 0
  const layerIds: Record<string, number> = {}
  let shotNo = 0

  // LOOP_TIMING=1 prints how long each part of a step took (the test's own time is kept under ~3 minutes).
  let markAt = Date.now()
  const mark = (label: string) => {
    if (process.env.LOOP_TIMING === '1') console.log(`[loop] ${((Date.now() - markAt) / 1000).toFixed(1)} s  ${label}`)
    markAt = Date.now()
  }
  const tail = () => server.output().split('\n').slice(-60).join('\n')
  const shot = async (page: Page, name: string, { fullPage = true } = {}) => {
    shotNo += 1
    await page.screenshot({ path: path.join(ARTIFACTS, `loop-${String(shotNo).padStart(2, '0')}-${name}.png`), fullPage })
  }
  const asAdmin = () => people.admin.auth!
  const find = async (collection: string, where: Record<string, Record<string, string | number>>, extra = '') =>
    (await api.must(200, 'GET', `/api/${collection}?${whereQuery(where)}&limit=10${extra}`, asAdmin())).docs as any[] // eslint-disable-line @typescript-eslint/no-explicit-any
  const contactNow = async () => (await find('contacts', { email: { equals: contact.email } }, '&depth=1'))[0]

  beforeAll(async () => {
    // FLYWHEEL_SKIP_ADMIN_BUILD=1 reuses an existing .next build (while iterating on this test).
    if (!(process.env.FLYWHEEL_SKIP_ADMIN_BUILD === '1' && fs.existsSync('.next/BUILD_ID'))) ensureAdminBuild()
    mark('admin build in place')
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flywheel-loop-'))
    smtp = await startSmtpSink()
    site = await startTinySite(() => tracking)
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    tracking.flywheel = base
    server = spawnEntry('src/server.ts', {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URI: `file:${dir}/loop.db`,
      DATA_DIR: `${dir}/data`,
      MEDIA_DIR: `${dir}/media`,
      PAYLOAD_SECRET: 'loop-test-secret-0123456789abcdef',
      PUBLIC_URL: base,
      SITE_URL: site.url,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Flywheel <news@flywheel.test>',
      JOBS_AUTORUN: 'on',
      JOBS_INTERVAL_SECONDS: '1',
      TRACKING_FLUSH_MS: '200',
      CACHE_DISABLED: '1',
    })
    // Migrations on a fresh database take a while when the machine is busy.
    await waitForOk(`${base}/readyz`, server, 240_000)
    mark('server ready')
    api = restClient(base)
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
  }, 600_000)

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {})
    await browser?.close()
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM')
      await Promise.race([server.exited, new Promise((r) => setTimeout(r, 10_000))])
      if (server.child.exitCode === null) server.child.kill('SIGKILL')
    }
    await site?.close()
    await smtp?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  // One walk: once a step fails the later ones cannot pass, so they are skipped (the failure stays the first one).
  let broken = ''
  beforeEach((ctx) => {
    markAt = Date.now()
    if (broken) ctx.skip()
  })
  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail') return
    broken = ctx.task.name
    // What every open page showed when the step failed, and what the server said.
    let i = 0
    for (const c of contexts) for (const p of c.pages()) await p.screenshot({ path: path.join(ARTIFACTS, `loop-failed-${++i}.png`), fullPage: true }).catch(() => {})
    console.error(`[loop] step failed: ${ctx.task.name}\n--- server output (last lines) ---\n${tail()}`)
  })

  const signInAs = async (who: keyof typeof people, path?: string) => {
    const session = await signIn(browser, base, people[who], path)
    contexts.push(session.context)
    return session.page
  }

  it('has a history: the team, a website source, the growth layers with an ops rule, an email channel and a contact in potential development', async () => {
    // The first user becomes the admin; the admin invites the team.
    const first = await api.must(200, 'POST', '/api/users/first-register', undefined, { email: people.admin.email, password: people.admin.password })
    people.admin.auth = `JWT ${first.token}`
    for (const role of ['editor', 'reviewer', 'marketer'] as const) {
      const created = await api.must(201, 'POST', '/api/users', asAdmin(), { email: people[role].email, password: people[role].password, roles: [role], name: `${role[0].toUpperCase()}${role.slice(1)} ${suffix}` })
      people[role].id = created.doc.id
    }

    const source = await api.must(201, 'POST', '/api/sources', asAdmin(), { name: 'northbank.example website', kind: 'website' })
    tracking.writeKey = source.doc.writeKey
    tracking.secretKey = source.doc.secretKey
    expect(tracking.writeKey).toBeTruthy()
    expect(tracking.secretKey).toBeTruthy()

    // The default growth layers, then the ops change: a lead (a conversion named `lead`) means heavy retention.
    for (const layer of DEFAULT_LAYERS) {
      const rule = DEFAULT_RULES[layer.slug]
      const created = await api.must(201, 'POST', '/api/growth-layers', asAdmin(), { ...layer, match: rule.match, overrides: Boolean(rule.overrides), conditions: conditionRows(rule.conditions) })
      layerIds[layer.slug] = created.doc.id
    }
    const heavy = await api.must(200, 'PATCH', `/api/growth-layers/${layerIds['heavy-retention']}`, asAdmin(), {
      match: 'any',
      conditions: [
        { metric: 'event-count', event: 'dashboard_viewed', min: 1 },
        { metric: 'conversion-count', event: 'lead', min: 1 },
      ],
    })
    expect(heavy.doc.conditions.map((c: { metric: string; event: string }) => `${c.metric}:${c.event}`)).toEqual(['event-count:dashboard_viewed', 'conversion-count:lead'])

    const channel = await api.must(201, 'POST', '/api/channels', asAdmin(), {
      name: 'Newsletter',
      slug: 'newsletter',
      kind: 'email',
      email: { fromName: 'Northbank Insights', fromAddress: 'insights@flywheel.test', smtpUrl: smtp.url, concurrency: 1 },
      cost: { amount: 250, per: 'month', currency: 'USD' },
    })
    channelId = channel.doc.id

    // The contact's product told Flywheel who she is and that she integrated the SDK (through /v1/events,
    // as the product's back end does); the real layer engine places her.
    const now = Date.now()
    const sent = await api.must(202, 'POST', '/v1/events', undefined, {
      writeKey: tracking.writeKey,
      batch: [
        { type: 'identify', messageId: crypto.randomUUID(), userId: contact.userId, traits: { email: contact.email, name: 'Ana López', title: 'Head of Digital' }, timestamp: new Date(now - 60_000).toISOString() },
        { type: 'track', event: 'sdk_integrated', messageId: crypto.randomUUID(), userId: contact.userId, properties: { platform: 'ios' }, timestamp: new Date(now - 30_000).toISOString() },
      ],
    })
    expect(sent).toMatchObject({ accepted: 2, rejected: [] })
    const placed = await pollFor('the contact to be placed in potential-development', async () => {
      const c = await contactNow()
      return c?.layer?.slug === 'potential-development' ? c : undefined
    })
    contact.id = placed.id
    // She opted in to the newsletter (consent recorded by the team).
    await api.must(200, 'PATCH', `/api/contacts/${contact.id}`, asAdmin(), { consent: { email: true, tracking: true, updatedAt: new Date().toISOString() } })
  })

  it('editor: writes a white paper from standard blocks in the admin and submits it for review', async () => {
    const page = await signInAs('editor', '/admin/collections/white-papers/create')
    await page.locator(fieldId('title')).waitFor()
    mark('signed in and opened a new white paper')
    await page.locator(fieldId('title')).fill(paper.title)
    await page.locator(fieldId('slug')).fill(paper.slug)
    await page.locator(fieldId('summary')).fill('How retail banks move customers from trial to heavy use, layer by layer.')

    const hero = await addBlock(page, 'layout', 'Hero')
    mark('added block Hero')
    await page.locator(fieldId(`layout.${hero}.heading`)).fill('Grow every layer of your customer base')
    await page.locator(fieldId(`layout.${hero}.subheading`)).fill('A field guide for retail banking teams, with the numbers behind it.')
    const cta = await addBlock(page, 'layout', 'Call to action')
    mark('added block Call to action')
    await page.locator(fieldId(`layout.${cta}.heading`)).fill('Talk to our banking team')
    await page.locator(fieldId(`layout.${cta}.button.label`)).fill('Book a demo')
    await page.locator(fieldId(`layout.${cta}.button.url`)).fill('/demo')

    await page.locator(fieldId('meta.title')).fill('Growth layers in retail banking')
    await page.locator(fieldId('meta.description')).fill('How retail banks move customers from trial to heavy use, layer by layer, with real numbers.')
    await shot(page, 'editor-white-paper-form')
    mark('screenshot editor-white-paper-form')

    const created = await (await saveWith(page, '#action-save-draft', 'white-papers')).json()
    paper.id = created.doc.id
    await page.waitForURL(new RegExp(`/admin/collections/white-papers/${paper.id}`), { timeout: 30_000 })

    await choose(page, 'workflowState', 'In review')
    mark('chose workflowState In review')
    await saveWith(page, '#action-save-draft', 'white-papers')
    mark('saved white-papers (#action-save-draft)')
    await page.locator(fieldId('workflowState')).scrollIntoViewIfNeeded()
    await shot(page, 'editor-submitted', { fullPage: false })
    mark('screenshot editor-submitted')

    const stored = await api.must(200, 'GET', `/api/white-papers/${paper.id}?draft=true&depth=0`, asAdmin())
    expect(stored).toMatchObject({ title: paper.title, slug: paper.slug, workflowState: 'in_review', _status: 'draft' })
    expect(stored.layout.map((b: { blockType: string }) => b.blockType)).toEqual(['hero', 'callToAction'])
    expect(stored.workflowLog.at(-1)).toMatchObject({ from: 'draft', to: 'in_review', by: people.editor.id })
  })

  it('reviewer: approves it from the sidebar', async () => {
    const page = await signInAs('reviewer', `/admin/collections/white-papers/${paper.id}`)
    await documentReady(page)
    mark('signed in and opened the paper')
    await choose(page, 'workflowState', 'Approved')
    mark('chose workflowState Approved')
    await saveWith(page, '#action-save-draft', 'white-papers')
    mark('saved white-papers (#action-save-draft)')
    await page.locator(fieldId('workflowState')).scrollIntoViewIfNeeded()
    await shot(page, 'reviewer-approved', { fullPage: false })
    mark('screenshot reviewer-approved')
    const stored = await api.must(200, 'GET', `/api/white-papers/${paper.id}?draft=true&depth=0`, asAdmin())
    expect(stored.workflowState).toBe('approved')
    expect(stored.workflowLog.at(-1)).toMatchObject({ from: 'in_review', to: 'approved', by: people.reviewer.id })
  })

  it('marketer: publishes it and distributes it by email to the potential-development layer, sent now', async () => {
    const page = await signInAs('marketer', `/admin/collections/white-papers/${paper.id}`)
    await documentReady(page)
    mark('signed in and opened the paper')
    await choose(page, 'workflowState', 'Published')
    mark('chose workflowState Published')
    await saveWith(page, '#action-save', 'white-papers')
    mark('saved white-papers (#action-save)')
    await page.locator(fieldId('workflowState')).scrollIntoViewIfNeeded()
    await shot(page, 'marketer-published', { fullPage: false })
    mark('screenshot marketer-published')
    const published = await api.call('GET', `/api/white-papers/${paper.id}?depth=0`)
    expect(published.status, 'anonymous readers see the published paper').toBe(200)
    expect(published.json).toMatchObject({ workflowState: 'published', _status: 'published' })

    await page.goto(`${base}/admin/collections/distributions/create`)
    mark('opened a new distribution')
    await page.locator(fieldId('title')).fill(`Retail banking white paper ${suffix}`)
    await choose(page, 'content', paper.title, { type: 'Growth layers in retail' })
    mark('chose content paper.title')
    await choose(page, 'channels', 'Newsletter')
    mark('chose channels Newsletter')
    await choose(page, 'audience.layers', 'Potential development')
    mark('chose audience.layers Potential development')
    await choose(page, 'status', /^scheduled$/i)
    mark('chose status /^scheduled$/i')
    await shot(page, 'marketer-distribution-form')
    mark('screenshot marketer-distribution-form')
    const created = await (await saveWith(page, '#action-save', 'distributions')).json()
    distributionId = created.doc.id
    expect(created.doc).toMatchObject({ status: 'scheduled', schedule: { mode: 'now' } })
    const idOf = (v: unknown) => (typeof v === 'object' && v ? (v as { id: number }).id : v)
    expect(created.doc.channels.map(idOf)).toEqual([channelId])
    expect(created.doc.audience.layers.map(idOf)).toEqual([layerIds['potential-development']])
    expect(created.doc.content.map((c: { relationTo: string; value: unknown }) => `${c.relationTo}:${idOf(c.value)}`)).toEqual([`white-papers:${paper.id}`])
  })

  let trackedUrl = ''
  it('the send job mails the newsletter to the contact, every link a tracked link', async () => {
    const done = await pollFor(
      'the distribution to be sent',
      async () => {
        const d = await api.must(200, 'GET', `/api/distributions/${distributionId}?depth=0`, asAdmin())
        if (['failed', 'partially-failed', 'cancelled'].includes(d.status)) throw new Error(`distribution ${d.status}: ${d.progress?.lastError}\n${tail()}`)
        return d.status === 'sent' ? d : undefined
      },
      60_000,
    )
    expect(done).toMatchObject({ sentCount: 1, failedCount: 0, totalCount: 1 })
    const mail = await pollFor('the newsletter at the SMTP sink', async () => smtp.received.find((m) => m.to.includes(contact.email)), 15_000)
    expect(mail.headers.subject).toContain(paper.title)
    const { html } = mailParts(mail)
    expect(html).toContain('Grow every layer of your customer base')
    const links = [...new Set([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')).filter((u) => u.includes('/l/') && /[?&]d=\d+/.test(u)))]
    expect(links.length).toBeGreaterThanOrEqual(2)
    // Which one leads to the paper: the link's destination as the team sees it in the admin (no click counted).
    for (const url of links) {
      const code = /\/l\/([A-Za-z0-9_-]+)/.exec(url)![1]
      const [link] = await find('tracked-links', { code: { equals: code } }, '&depth=0')
      expect(link.distributionId).toBe(distributionId)
      if (link.url !== `${site.url}/white-papers/${paper.slug}`) continue
      trackedUrl = url
      // The link records the paper, so its clicks and the leads credited to them count for it.
      expect(link).toMatchObject({ destinationType: 'content', content: { relationTo: 'white-papers', value: paper.id } })
    }
    expect(trackedUrl, `no tracked link to the paper among ${links.join(', ')}`).toMatch(new RegExp(`^${base}/l/[A-Za-z0-9_-]+\\?d=\\d+$`))
  })

  it('the contact opens the link, the site records her visit with the tracking script, and her download request is a lead', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, userAgent: PERSONS_BROWSER })
    contexts.push(context)
    const page = await context.newPage()
    const pageView = page.waitForResponse((r) => r.url() === `${base}/v1/events` && r.request().method() === 'POST', { timeout: 30_000 })
    pageView.catch(() => undefined)
    await page.goto(trackedUrl)
    mark('opened the tracked link')
    await page.waitForURL(new RegExp(`^${site.url}/white-papers/${paper.slug}\\?.*fw_click=`), { timeout: 30_000 })
    const viewed = await pageView
    expect(viewed.status()).toBe(202)
    const event = JSON.parse(viewed.request().postData() ?? '{}')
    const clickId = new URL(page.url()).searchParams.get('fw_click')
    expect(event.batch[0]).toMatchObject({ type: 'page', properties: { fw_click: clickId } })
    await shot(page, 'contact-landing-page')
    mark('screenshot contact-landing-page')

    await page.fill('#lead-email', contact.email)
    await page.click('#lead-submit')
    await page.waitForURL(`${site.url}/lead`)
    await expect.poll(() => page.locator('#lead-status').textContent(), { timeout: 15_000 }).toBe('201')
    await shot(page, 'contact-thank-you')
    mark('screenshot contact-thank-you')
    expect(site.leads.at(-1)).toMatchObject({ email: contact.email, clickId, status: 201 })

    // The real layer engine moves her up on the lead.
    const moved = await pollFor('the contact to move to heavy-retention', async () => {
      const c = await contactNow()
      return c?.layer?.slug === 'heavy-retention' ? c : undefined
    })
    expect(moved.id).toBe(contact.id)
    const [click] = await find('clicks', { clickId: { equals: clickId! } }, '&depth=0')
    // The click counts for the channel and for the paper (the distribution's link to it records the item).
    expect(click).toMatchObject({ human: true, channel: 'newsletter', contentType: 'white-papers', contentId: paper.id })
  })

  /** Every chart on the page (and at least the required ones) draws something: data-points > 0 and marks in its SVG, no empty state. */
  const expectCharts = async (page: Page, required: string[]) => {
    const shown = await page.locator('[data-testid^="chart-"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('chart-'.length)))
    for (const name of new Set([...required, ...shown])) {
      const chart = page.locator(`[data-testid="chart-${name}"]`)
      expect(await page.locator(`[data-testid="empty-${name}"]`).count(), `empty-${name} shown instead of a chart`).toBe(0)
      await chart.waitFor({ timeout: 20_000 })
      expect(Number(await chart.getAttribute('data-points')), `chart-${name} data-points`).toBeGreaterThan(0)
      await expect
        .poll(
          () =>
            chart.evaluate((el) => {
              // Marks drawn in the chart's own surface (not the legend's icons), with a path to show.
              if (!el.querySelector('svg.recharts-surface')) return 0
              const drawn = (selector: string) => [...el.querySelectorAll(selector)].filter((m) => !m.closest('.recharts-legend-wrapper'))
              const bars = drawn('.recharts-bar-rectangle path, path.recharts-rectangle').filter((p) => (p.getAttribute('d') ?? '').trim().length > 0)
              const lines = drawn('path.recharts-line-curve, path.recharts-curve').filter((p) => (p.getAttribute('d') ?? '').trim().length > 0)
              const dots = drawn('.recharts-line-dot, .recharts-dot')
              return bars.length + lines.length + dots.length
            }),
          { timeout: 15_000, message: `chart-${name} has drawn marks` },
        )
        .toBeGreaterThan(0)
    }
  }

  /** A table's rows as records keyed by the header texts, with the row's data-key. */
  const tableRows = (page: Page, name: string) =>
    page.locator(`[data-testid="table-${name}"]`).evaluate((table) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) => (th.textContent ?? '').trim())
      return [...table.querySelectorAll('tbody tr')].map((tr) => {
        const cells = [...tr.querySelectorAll('td, th')].map((td) => (td.textContent ?? '').trim())
        return { key: tr.getAttribute('data-key') ?? '', cells: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])) }
      })
    })
  const number = (text: string | undefined) => Number((text ?? '').replace(/[^0-9.-]/g, ''))
  const column = (cells: Record<string, string>, pattern: RegExp) => {
    const header = Object.keys(cells).find((h) => pattern.test(h))
    if (!header) throw new Error(`no column ${pattern} among ${Object.keys(cells).join(', ')}`)
    return number(cells[header])
  }

  it('the operations dashboard shows the move, the credited lead and the click, with charts that draw', async () => {
    const page = await signInAs('marketer', '/admin/operations')
    mark('signed in as the marketer')
    const open = async (view: string) => {
      await page.goto(`${base}/admin/operations?view=${view}`)
      await page.locator(`[data-testid="ops-tab-${view}"][aria-current="page"]`).waitFor({ timeout: 60_000 })
      await page.locator('[data-testid="work-progress"]').waitFor({ timeout: 20_000 })
      mark(`opened ${view}`)
    }

    await open('overview')
    expect(await page.locator('[data-testid="model-select"]').count(), 'the attribution model select').toBe(1)
    const moves = await tableRows(page, 'recent-moves')
    expect(moves.map((r) => r.key)).toContain(`contact:${contact.email}:heavy-retention`)
    const channels = await tableRows(page, 'channels')
    const newsletter = channels.find((r) => r.key === 'newsletter')
    expect(newsletter, `channels rows: ${channels.map((r) => r.key).join(', ')}`).toBeTruthy()
    expect(column(newsletter!.cells, /^leads$/i)).toBeGreaterThanOrEqual(1)
    await expectCharts(page, ['layer-sizes', 'funnel', 'top-content', 'channels', 'model-shift'])
    await shot(page, 'overview')
    mark('overview checked')

    await open('content')
    const content = await tableRows(page, 'content')
    const row = content.find((r) => r.key === `white-papers:${paper.id}`)
    expect(row, `content rows: ${content.map((r) => r.key).join(', ')}`).toBeTruthy()
    expect(column(row!.cells, /human/i)).toBeGreaterThanOrEqual(1)
    expect(column(row!.cells, /^leads$/i)).toBeGreaterThanOrEqual(1)
    await expectCharts(page, ['content-clicks'])
    await shot(page, 'content')
    mark('content checked')

    await open('campaigns')
    expect((await tableRows(page, 'channels')).map((r) => r.key)).toContain('newsletter')
    await shot(page, 'campaigns')

    // The calendar (the month the period ends in) has the distribution on the day it went out.
    await open('calendars')
    const calendar = await tableRows(page, 'calendar')
    expect(calendar.map((r) => r.key).some((k) => k.startsWith(`distribution:${distributionId}:`)), `calendar rows: ${calendar.map((r) => r.key).join(', ')}`).toBe(true)
    await shot(page, 'calendars')

    await open('growth')
    await page.locator('[data-testid="my-progress"]').waitFor({ timeout: 10_000 })
    expect(await page.locator('[data-testid="table-members"], [data-testid="empty-members"]').count()).toBeGreaterThan(0)
    await shot(page, 'growth')
  })
})
