import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { chromium, type Browser, type Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium'
import { freePort, spawnEntry, waitForOk, type Spawned } from '../helpers/spawn'
import { ensureAdminBuild } from './build'

const ARTIFACTS = path.resolve('test/artifacts')

describe('the admin in a real browser', () => {
  let server: Spawned
  let browser: Browser
  let page: Page
  let base: string
  let dir: string
  const admin = { email: 'first-admin@example.test', password: 'correct-horse-battery-1' }

  const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
  const tail = () => server.output().split('\n').slice(-50).join('\n')

  beforeAll(async () => {
    ensureAdminBuild()
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flywheel-browser-'))
    const port = await freePort()
    base = `http://127.0.0.1:${port}`
    server = spawnEntry('src/server.ts', {
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URI: `file:${dir}/browser.db`,
      DATA_DIR: `${dir}/data`,
      MEDIA_DIR: `${dir}/media`,
      PAYLOAD_SECRET: 'browser-test-secret-0123456789',
    })
    await waitForOk(`${base}/readyz`, server)
    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS })
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL')
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('creates the first admin on the first-user screen', async () => {
    await page.goto(`${base}/admin`)
    await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
    await page.fill('#field-email', admin.email)
    await page.fill('#field-password', admin.password)
    await page.fill('#field-confirm-password', admin.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
    await page.getByText('Media', { exact: false }).first().waitFor({ timeout: 30_000 })
    await shot('01-dashboard-after-first-user')

    const me = await page.evaluate(async () => (await fetch('/api/users/me', { credentials: 'include' })).json())
    expect(me.user?.email, tail()).toBe(admin.email)
    expect(me.user?.roles).toEqual(['admin'])
  })

  it('logs out and logs in again through the login form', async () => {
    await page.goto(`${base}/admin/logout`)
    await page.waitForURL(/\/admin\/login/, { timeout: 60_000 })
    await page.fill('#field-email', admin.email)
    await page.fill('#field-password', admin.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
    await page.getByText('Media', { exact: false }).first().waitFor({ timeout: 30_000 })
    await shot('02-dashboard-after-login')
  })

  it('uploads an image and sees it listed', async () => {
    const image = path.join(dir, 'browser-upload.png')
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#2a9d8f' } }).png().toFile(image)
    await page.goto(`${base}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles(image)
    await page.fill('#field-alt', 'A teal test image')
    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/media\/\d+/, { timeout: 60_000 })

    await page.goto(`${base}/admin/collections/media`)
    await expect.poll(async () => page.getByText('browser-upload.png').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    await shot('03-media-list')

    const stored = await page.evaluate(async () => (await fetch('/api/media?limit=5', { credentials: 'include' })).json())
    expect(stored.docs.map((d: { filename: string }) => d.filename)).toContain('browser-upload.png')
    expect(stored.docs[0].sizes.thumbnail.width).toBe(400)
  })

  it('stops on SIGTERM with exit code 0', async () => {
    server.child.kill('SIGTERM')
    const { code } = await server.exited
    expect(code, tail()).toBe(0)
  })
})
