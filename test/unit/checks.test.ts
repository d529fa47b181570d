import { describe, expect, it } from 'vitest'

import { Guides } from '../../collections/Guides'
import { isStale } from '../../collections/Guides/stale'
import { LandingPages } from '../../collections/LandingPages'
import { WhitePapers } from '../../collections/WhitePapers'
import { altTextProblems, documentImages, unpopulatedMediaIds } from '../../src/checks/images'
import { brokenLinkProblems, linksToCheck, mergeReport, type LinkReportEntry, type UrlCheck } from '../../src/checks/link-report'
import { documentLinks, hrefsIn, outgoingUrl } from '../../src/checks/links'
import { mapLimit } from '../../src/checks/map-limit'
import { isPrivateAddress } from '../../src/checks/private-address'
import { seoProblems } from '../../src/checks/seo'
import type { MediaDoc } from '../../src/render/image'

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 })
const link = (url: string, label = 'link') => ({
  type: 'link',
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})
const upload = (value: unknown, alt?: string) => ({ type: 'upload', relationTo: 'media', value, fields: alt ? { alt } : null, format: '', version: 3 })
const rich = (...children: object[]) => ({ root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 } })

const media = (id: number, filename: string, alt: string | null, mimeType = 'image/png'): MediaDoc & { id: number } => ({
  id,
  filename,
  alt,
  mimeType,
  url: `/api/media/file/${filename}`,
  width: 10,
  height: 10,
})

const goodMeta = { title: 'Growth in finance', description: 'How finance teams grow pipeline with content that sales actually uses.' }

describe('SEO problems', () => {
  it('accepts a title up to 70 and a description of 50–160 characters', () => {
    expect(seoProblems({ meta: goodMeta })).toEqual([])
    expect(seoProblems({ meta: { title: 'x'.repeat(70), description: 'd'.repeat(50) } })).toEqual([])
    expect(seoProblems({ meta: { title: 't', description: 'd'.repeat(160) } })).toEqual([])
  })

  it('names each missing SEO field', () => {
    expect(seoProblems({})).toEqual([
      'meta.title (SEO title) is empty; write one of at most 70 characters',
      'meta.description (SEO description) is empty; write 50–160 characters',
    ])
    expect(seoProblems({ meta: { title: '   ', description: null } })).toHaveLength(2)
  })

  it('says how long a title or description is when it is out of bounds', () => {
    expect(seoProblems({ meta: { title: 'x'.repeat(71), description: 'd'.repeat(49) } })).toEqual([
      'meta.title (SEO title) is 71 characters; keep it to 70 or fewer',
      'meta.description (SEO description) is 49 characters; write at least 50',
    ])
    expect(seoProblems({ meta: { title: 'ok', description: 'd'.repeat(161) } })).toEqual([
      'meta.description (SEO description) is 161 characters; keep it to 160 or fewer',
    ])
  })

  it('counts characters, not UTF-16 units', () => {
    expect(seoProblems({ meta: { title: '😀'.repeat(70), description: goodMeta.description } })).toEqual([])
  })
})

describe('alt text problems', () => {
  const noAlt = media(1, 'cover.png', null)
  const withAlt = media(2, 'team.png', 'The team at the launch')
  const pdf = media(3, 'paper.pdf', null, 'application/pdf')
  const byId = new Map([noAlt, withAlt, pdf].map((m) => [String(m.id), m]))

  it('names the field and file of every image without alt text, loading ids from the map', () => {
    const doc = {
      coverImage: 1,
      body: rich(paragraph(text('see')), upload(1), upload(1, 'Described in the text')),
      layout: [
        { blockType: 'richText', content: rich(paragraph(text('x'))) },
        { blockType: 'callToAction', heading: 'Go', button: { label: 'Go', url: 'https://a.test' } },
        { blockType: 'hero', heading: 'Hi', image: noAlt },
        { blockType: 'testimonial', quote: 'q', authorName: 'A', photo: 1 },
        { blockType: 'video', url: 'https://cdn.test/a.mp4', title: 'Demo', poster: 1 },
        { blockType: 'logoWall', logos: [{ media: 1, name: 'Acme' }, { media: 1, name: '' }, { media: 2, name: '' }] },
        { blockType: 'downloadGate', heading: 'Get it', asset: 3, formFields: [] },
      ],
      file: 3,
      meta: { ...goodMeta, image: 1 },
    }
    const uses = documentImages(WhitePapers.fields, doc)
    expect(unpopulatedMediaIds(uses).sort()).toEqual(['1', '2', '3'])
    expect(altTextProblems(uses, byId)).toEqual([
      'body image “cover.png” has no alt text',
      'layout[2] Hero image “cover.png” has no alt text',
      'layout[3] Testimonial photo “cover.png” has no alt text',
      'layout[4] Video poster “cover.png” has no alt text',
      'layout[5] Logo wall logos[1].media “cover.png” has no alt text',
      'coverImage “cover.png” has no alt text',
    ])
  })

  it('checks guide step images and images in step bodies', () => {
    const doc = { steps: [{ title: 'One', image: 2 }, { title: 'Two', image: 1, body: rich(upload(noAlt)) }] }
    expect(altTextProblems(documentImages(Guides.fields, doc), byId)).toEqual([
      'steps[1].body image “cover.png” has no alt text',
      'steps[1].image “cover.png” has no alt text',
    ])
  })

  it('reports an image whose media document is gone', () => {
    expect(altTextProblems(documentImages(WhitePapers.fields, { coverImage: 99 }), byId)).toEqual([
      'coverImage refers to media 99, which no longer exists',
    ])
  })

  it('has nothing to say about a document whose images are described', () => {
    const doc = { coverImage: withAlt, layout: [{ blockType: 'hero', heading: 'Hi', image: 2 }], file: pdf }
    expect(altTextProblems(documentImages(WhitePapers.fields, doc), byId)).toEqual([])
  })
})

describe('outgoing links', () => {
  it('reads hrefs as the renderer escaped them', () => {
    expect(hrefsIn('<a class="x" href="https://a.test/?q=1&amp;r=&quot;2&quot;">x</a><a href="/y">y</a>')).toEqual([
      'https://a.test/?q=1&r="2"',
      '/y',
    ])
  })

  it('keeps only absolute http(s) URLs, without the fragment', () => {
    expect(outgoingUrl('https://a.test/p#section')).toBe('https://a.test/p')
    expect(outgoingUrl('HTTP://A.test')).toBe('http://a.test/')
    for (const href of ['/pricing', '#top', 'mailto:a@b.test', 'tel:+1', 'javascript:alert(1)', 'ftp://a.test/f', 'file:///etc/passwd', '#'])
      expect(outgoingUrl(href)).toBeNull()
  })

  it('finds links in blocks and rich text, each with its place', () => {
    const doc = {
      body: rich(paragraph(link('https://docs.test/a'), link('mailto:sales@flywheel.test'), link('/internal'))),
      layout: [
        { blockType: 'hero', heading: 'Hi', primaryCta: { label: 'Start', url: 'https://app.test/signup' }, secondaryCta: { label: 'Docs', url: '/docs' } },
        { blockType: 'logoWall', logos: [{ media: 1, name: 'Acme', url: 'https://acme.test/' }] },
        { blockType: 'richText', content: rich(paragraph(link('https://docs.test/a#part'))) },
        { blockType: 'callToAction', heading: 'Go', button: { label: 'Go', url: 'javascript:alert(1)' }, style: 'primary' },
        { blockType: 'video', url: 'https://cdn.test/demo.mp4', title: 'Demo' },
      ],
    }
    expect(documentLinks(WhitePapers.fields, doc)).toEqual([
      { url: 'https://docs.test/a', where: 'body' },
      { url: 'https://app.test/signup', where: 'layout[0] Hero' },
      { url: 'https://acme.test/', where: 'layout[1] Logo wall' },
      { url: 'https://docs.test/a', where: 'layout[2] Rich text' },
      { url: 'https://cdn.test/demo.mp4', where: 'layout[4] Video' },
    ])
  })

  it('finds links in guide steps and on landing pages', () => {
    expect(documentLinks(Guides.fields, { steps: [{ title: 'One', body: rich(paragraph(link('https://x.test/1'))) }] })).toEqual([
      { url: 'https://x.test/1', where: 'steps[0].body' },
    ])
    const page = { layout: [{ blockType: 'callToAction', heading: 'Go', button: { label: 'Go', url: 'https://x.test/go' } }] }
    expect(documentLinks(LandingPages.fields, page)).toEqual([{ url: 'https://x.test/go', where: 'layout[0] Call to action' }])
  })
})

describe('link report', () => {
  const at = (iso: string) => new Date(iso)
  const fail = (url: string, status: number | null = 404): UrlCheck => ({ url, ok: false, status, error: status ? null : 'connect ECONNREFUSED' })
  const pass = (url: string): UrlCheck => ({ url, ok: true, status: 200, error: null })

  it('marks a link broken on its second failure in a row, not its first', () => {
    const first = mergeReport([], ['https://a.test/'], [fail('https://a.test/')], at('2025-01-01T00:00:00Z'))
    expect(first).toEqual([
      { url: 'https://a.test/', status: 404, error: null, lastCheckedAt: '2025-01-01T00:00:00.000Z', failures: 1, broken: false },
    ])
    const second = mergeReport(first, ['https://a.test/'], [fail('https://a.test/', null)], at('2025-01-02T00:00:00Z'))
    expect(second[0]).toMatchObject({ failures: 2, broken: true, status: null, error: 'connect ECONNREFUSED' })
  })

  it('resets a link that works again', () => {
    const broken: LinkReportEntry[] = [{ url: 'https://a.test/', status: 404, failures: 3, broken: true, lastCheckedAt: '2025-01-01T00:00:00.000Z' }]
    expect(mergeReport(broken, ['https://a.test/'], [pass('https://a.test/')], at('2025-01-02T00:00:00Z'))[0]).toMatchObject({ failures: 0, broken: false, status: 200 })
  })

  it('keeps unchecked links as they were and drops links the document no longer has', () => {
    const previous: LinkReportEntry[] = [
      { url: 'https://gone.test/', failures: 2, broken: true },
      { url: 'https://kept.test/', failures: 1, broken: false, lastCheckedAt: '2025-01-01T00:00:00.000Z' },
    ]
    const report = mergeReport(previous, ['https://kept.test/', 'https://new.test/'], [pass('https://new.test/')], at('2025-01-02T00:00:00Z'))
    expect(report.map((e) => [e.url, e.failures])).toEqual([
      ['https://kept.test/', 1],
      ['https://new.test/', 0],
    ])
  })

  it('checks new links first, then failing ones, then the least recently checked, up to the cap', () => {
    const previous: LinkReportEntry[] = [
      { url: 'https://old.test/', failures: 0, lastCheckedAt: '2025-01-01T00:00:00.000Z' },
      { url: 'https://recent.test/', failures: 0, lastCheckedAt: '2025-03-01T00:00:00.000Z' },
      { url: 'https://failing.test/', failures: 1, lastCheckedAt: '2025-03-01T00:00:00.000Z' },
    ]
    const urls = ['https://recent.test/', 'https://old.test/', 'https://failing.test/', 'https://new.test/']
    expect(linksToCheck(urls, previous)).toEqual(['https://new.test/', 'https://failing.test/', 'https://old.test/', 'https://recent.test/'])
    expect(linksToCheck(urls, previous, 2)).toEqual(['https://new.test/', 'https://failing.test/'])
  })

  it('turns broken links into problems naming where the document shows them', () => {
    const report: LinkReportEntry[] = [
      { url: 'https://a.test/', status: 404, failures: 2, broken: true },
      { url: 'https://b.test/', status: null, error: 'connect ECONNREFUSED 127.0.0.1:9', failures: 3, broken: true },
      { url: 'https://c.test/', status: 500, failures: 1, broken: false },
    ]
    const links = [
      { url: 'https://a.test/', where: 'layout[3] Call to action' },
      { url: 'https://b.test/', where: 'body' },
      { url: 'https://c.test/', where: 'body' },
    ]
    expect(brokenLinkProblems(links, report)).toEqual([
      'layout[3] Call to action links to https://a.test/, which is broken (HTTP 404; failed 2 checks in a row)',
      'body links to https://b.test/, which is broken (connect ECONNREFUSED 127.0.0.1:9; failed 3 checks in a row)',
    ])
  })
})

describe('private addresses', () => {
  it('refuses loopback, private, link-local and mapped addresses, and allows public ones', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', '[::1]', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1'])
      expect(isPrivateAddress(address), address).toBe(true)
    for (const address of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8', 'example.com'])
      expect(isPrivateAddress(address), address).toBe(false)
  })
})

describe('mapLimit', () => {
  it('never runs more than the limit at once and keeps the order', async () => {
    let running = 0
    let peak = 0
    const results = await mapLimit([5, 1, 4, 2, 3, 1], 2, async (n) => {
      running++
      peak = Math.max(peak, running)
      await new Promise((r) => setTimeout(r, n))
      running--
      return n * 10
    })
    expect(results).toEqual([50, 10, 40, 20, 30, 10])
    expect(peak).toBe(2)
  })
})

describe('stale guides', () => {
  const DAY = 86_400_000
  const now = Date.parse('2025-06-01T12:00:00Z')

  it('is stale only once more than the configured number of days have passed', () => {
    expect(isStale(new Date(now - 180 * DAY).toISOString(), now, 180)).toBe(false)
    expect(isStale(new Date(now - 180 * DAY - 1).toISOString(), now, 180)).toBe(true)
    expect(isStale(new Date(now - 30 * DAY - 1).toISOString(), now, 30)).toBe(true)
    expect(isStale(new Date(now - 29 * DAY).toISOString(), now, 30)).toBe(false)
  })

  it('treats a guide never verified as stale', () => {
    expect(isStale(null, now, 180)).toBe(true)
    expect(isStale(undefined, now, 180)).toBe(true)
  })
})
