import { Window } from 'happy-dom'
import { describe, expect, it } from 'vitest'

import { TRACKING_SCRIPT } from '../../src/attribution/script/t-js'

type Sent = { url: string; init: { method: string; body: string; keepalive: boolean; headers: Record<string, string> } }
type Batch = { writeKey: string; batch: Record<string, any>[] }

/** A page on a customer's site with t.js included; fetch is captured instead of sent. */
const pageWith = (url: string, opts: { cookie?: string; before?: string } = {}) => {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableJavaScriptEvaluation: false } })
  const sent: Sent[] = []
  ;(window as any).fetch = (u: string, init: Sent['init']) => {
    sent.push({ url: u, init })
    return Promise.resolve(new Response(null, { status: 202 }))
  }
  // document.cookie takes one cookie per assignment.
  for (const c of opts.cookie?.split('; ') ?? []) window.document.cookie = c
  window.document.title = 'Pricing — Example'
  const tag = window.document.createElement('script')
  tag.setAttribute('src', 'https://flywheel.example.com/t.js')
  tag.setAttribute('data-key', 'fw_w_public')
  window.document.head.appendChild(tag)
  if (opts.before) (window as any).eval(opts.before)
  ;(window as any).eval(TRACKING_SCRIPT)
  const batches = () => sent.map((s) => JSON.parse(s.init.body) as Batch)
  return { window: window as any, sent, batches, events: () => batches().flatMap((b) => b.batch) }
}

describe('t.js, the first-party tracking script', () => {
  it('is small and has no dependencies', () => {
    expect(Buffer.byteLength(TRACKING_SCRIPT)).toBeLessThan(5 * 1024)
    expect(TRACKING_SCRIPT).not.toMatch(/\bimport\b|\brequire\(/)
  })

  it('sends a page view on load with the click id from the URL, and keeps it in a first-party cookie', () => {
    const page = pageWith('https://www.example.com/pricing?utm_source=newsletter&fw_click=0mx1abcdefGHIJKLMN')
    expect(page.sent).toHaveLength(1)
    const [{ url, init }] = page.sent
    expect(url).toBe('https://flywheel.example.com/v1/events')
    expect(init).toMatchObject({ method: 'POST', keepalive: true, headers: { 'content-type': 'text/plain' } })
    const [batch] = page.batches()
    expect(batch.writeKey).toBe('fw_w_public')
    expect(batch.batch[0]).toMatchObject({
      type: 'page',
      name: 'Pricing — Example',
      properties: { fw_click: '0mx1abcdefGHIJKLMN' },
      context: { page: { url: 'https://www.example.com/pricing?utm_source=newsletter&fw_click=0mx1abcdefGHIJKLMN', path: '/pricing' } },
    })
    expect(batch.batch[0].messageId).toMatch(/^[0-9a-f-]{36}$/)
    expect(page.window.document.cookie).toMatch(/fw_click=0mx1abcdefGHIJKLMN/)
    expect(page.window.document.cookie).toMatch(/fw_aid=[0-9a-f-]{36}/)
  })

  it('remembers the click and the anonymous id on later pages, and stitches identify to the user', () => {
    const first = pageWith('https://www.example.com/?fw_click=0mx1abcdefGHIJKLMN')
    const cookies = first.window.document.cookie
    const later = pageWith('https://www.example.com/docs', { cookie: cookies })
    const anon = first.events()[0].anonymousId
    later.window.flywheel.track('sdk_integrated', { language: 'go' })
    later.window.flywheel.identify('u-42', { email: 'ana@bank.example' })
    later.window.flywheel.track('dashboard_viewed')
    const events = later.events()
    expect(events.map((e) => e.type)).toEqual(['page', 'track', 'identify', 'track'])
    expect(events.every((e) => e.anonymousId === anon)).toBe(true)
    expect(events.every((e) => e.properties?.fw_click === '0mx1abcdefGHIJKLMN')).toBe(true)
    expect(events[1]).toMatchObject({ event: 'sdk_integrated', properties: { language: 'go' } })
    expect(events[1].userId).toBeUndefined()
    expect(events[2]).toMatchObject({ userId: 'u-42', traits: { email: 'ana@bank.example' } })
    expect(events[3]).toMatchObject({ event: 'dashboard_viewed', userId: 'u-42' })
    expect(new Set(events.map((e) => e.messageId)).size).toBe(4)
  })

  it('replays calls queued before it loaded, and ignores a click id that is not one', () => {
    const page = pageWith('https://www.example.com/?fw_click=<script>', { before: "window.flywheel = [['track', 'lead', { form: 'demo' }]]" })
    const events = page.events()
    expect(events.map((e) => e.event ?? e.type)).toEqual(['page', 'lead'])
    expect(events[0].properties.fw_click).toBeUndefined()
    expect(page.window.document.cookie).not.toMatch(/fw_click/)
  })
})
