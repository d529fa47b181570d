import type { Browser, BrowserContext, Page, Response } from 'playwright-core'

export type Person = { email: string; password: string }

/** A DOM id of a field as Payload's admin writes it: `field-<path with dots as __>`. */
export const fieldId = (path: string) => `#field-${path.replace(/\./g, '__')}`

/**
 * A new browser context (its own cookies) signed in through the admin's login form, landing on `path`
 * (the login form's `?redirect=`, as when a signed-out person follows a link into the admin).
 */
export const signIn = async (browser: Browser, base: string, who: Person, path = '/admin'): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
  // Two cores shared with builds and other servers: the admin's first renders can be slow.
  context.setDefaultTimeout(60_000)
  const page = await context.newPage()
  try {
    await page.goto(`${base}/admin/login${path === '/admin' ? '' : `?redirect=${encodeURIComponent(path)}`}`)
    await page.fill('#field-email', who.email)
    await page.fill('#field-password', who.password)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.includes('/login'), { timeout: 60_000 })
  } catch (err) {
    const text = await page.locator('body').innerText().catch(() => '')
    throw new Error(`signing in ${who.email} failed at ${page.url()}: ${String(err)}\npage text: ${text.slice(0, 800)}`)
  }
  return { context, page }
}

/** Takes the document over when Payload's document locking shows it is still held by the person who had it open before. */
const takeOverIfLocked = async (page: Page, waitMs = 0) => {
  const takeOver = page.locator('#document-locked-take-over')
  const shown = await takeOver.waitFor({ state: 'visible', timeout: Math.max(waitMs, 1) }).then(
    () => true,
    () => false,
  )
  if (!shown) return
  await takeOver.click()
  await takeOver.waitFor({ state: 'hidden' })
}

/**
 * Waits for a document's edit view. Whoever worked on it a moment ago still holds its lock (Payload
 * locks a document for 5 minutes from its editor's last activity), so the "Document locked" dialog
 * appears: this person takes it over, as the dialog offers.
 */
export const documentReady = async (page: Page) => {
  await page.locator(fieldId('title')).waitFor()
  await takeOverIfLocked(page, 5_000)
}

/**
 * Picks an option of a Payload select or relationship field (react-select): opens it, optionally types
 * to filter (relationships search the server), clicks the option with `label`.
 */
export const choose = async (page: Page, path: string, label: string | RegExp, { type }: { type?: string } = {}) => {
  const field = page.locator(fieldId(path))
  await takeOverIfLocked(page)
  await field.locator('.rs__control').click()
  if (type) await field.locator('.rs__input').fill(type)
  const option = page.locator('.rs__option').filter({ hasText: label }).first()
  await option.waitFor({ timeout: 20_000 })
  await option.click()
  // A multi-select stays open: close it so it does not cover the next field.
  await page.keyboard.press('Escape')
}

/** Clicks a save button and returns the API's answer to the form's request (throws with its errors when it failed). */
export const saveWith = async (page: Page, button: string, collection: string): Promise<Response> => {
  const answer = page.waitForResponse(
    (r) => new URL(r.url()).pathname.startsWith(`/api/${collection}`) && ['POST', 'PATCH'].includes(r.request().method()),
    { timeout: 60_000 },
  )
  await page.locator(button).click()
  const res = await answer
  if (!res.ok()) throw new Error(`${button} on ${collection}: ${res.status()} ${await res.text().catch(() => '')}`)
  // The form takes the answer in (its "Submitting…" notice goes away) before the person goes on.
  await page.getByText(/^Submitting/).first().waitFor({ state: 'hidden', timeout: 30_000 })
  return res
}

/** Adds a block to a blocks field through its "Add …" toggler and the blocks drawer; returns the new row's index. */
export const addBlock = async (page: Page, field: string, blockLabel: string): Promise<number> => {
  const rows = page.locator(`${fieldId(field)} .blocks-field__row`)
  const before = await rows.count()
  await page.locator(`${fieldId(field)} .blocks-field__drawer-toggler`).last().click()
  const card = page.locator('.blocks-drawer__block').filter({ hasText: new RegExp(`^\\s*${blockLabel}\\s*$`) }).first()
  await card.waitFor({ timeout: 20_000 })
  await card.locator('button').first().click()
  await rows.nth(before).waitFor({ timeout: 20_000 })
  return before
}
