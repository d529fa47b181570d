import { Window } from 'happy-dom'
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest'

import type { BlockInput, StandardBlockData } from '../../src/blocks'
import {
  renderNewsletter,
  type NewsletterContext,
  type NewsletterInput,
  type NewsletterItem,
  type NewsletterVariant,
  type RewriteLink,
} from '../../src/distribution/email'
import type { Article, Guide, LandingPage, ProductCopy, WhitePaper } from '../../src/payload-types'
import type { MediaDoc } from '../../src/render/image'
import { articles } from '../../src/seed/data/articles'
import { guides } from '../../src/seed/data/guides'
import { landingPages } from '../../src/seed/data/landing-pages'
import { link, p, richText } from '../../src/seed/data/richtext'
import { whitePapers } from '../../src/seed/data/white-papers'
import type { SeedRefs } from '../../src/seed/steps/refs'

// A real HTML parser, so structure is asserted as a mail client's engine would read it.
const window = new Window()
afterAll(() => window.happyDOM.close())
const parse = (html: string) => new window.DOMParser().parseFromString(html, 'text/html')

// Seed data as the demo content has it; ids stand in for the database's.
const refs: SeedRefs = {
  media: () => 1,
  industries: (...slugs) => slugs.map((_, i) => i + 1),
  layers: (...slugs) => slugs.map((_, i) => i + 1),
  product: () => 1,
  user: () => 1,
  content: () => 1,
  campaign: () => 1,
}

const SITE = 'https://www.flywheel.test'
const TRACKER = 'https://go.flywheel.test/l/'
const UNSUBSCRIBE = '{{unsubscribe_url}}'
const PIXEL = 'https://go.flywheel.test/o/7f3a.gif'

const media = (name: string, alt: string): MediaDoc => ({
  id: 1,
  url: `/api/media/file/${name}.png`,
  alt,
  width: 2400,
  height: 1350,
  mimeType: 'image/png',
  sizes: {
    thumbnail: { url: `/api/media/file/${name}-400x225.png`, width: 400, height: 225 },
    card: { url: `/api/media/file/${name}-800x450.png`, width: 800, height: 450 },
    cardWebp: { url: `/api/media/file/${name}-800x450.webp`, width: 800, height: 450 },
    hero: { url: `/api/media/file/${name}-1600x900.png`, width: 1600, height: 900 },
  },
})

type Block = NonNullable<WhitePaper['layout']>[number]
const find = <T extends Block['blockType']>(blocks: readonly Block[] | null | undefined, type: T) => {
  const block = blocks?.find((b) => b.blockType === type)
  if (!block) throw new Error(`seed data has no ${type} block`)
  return block as Extract<Block, { blockType: T }>
}

const paper = whitePapers(refs)[0].data
const trialPage = landingPages(refs)[2].data
const recallPage = landingPages(refs)[1].data
const openClass = articles(refs).find((a) => a.data.format === 'open-class')!.data
const harborStory = articles(refs).find((a) => a.data.slug.startsWith('how-harbor-bank'))!.data
const gettingStarted = guides(refs)[0].data

/** Components of the banking white paper and of other demo items, as Payload returns them at depth 1. */
const layout = (): StandardBlockData[] => [
  { ...find(paper.layout, 'hero'), id: 'hero1', image: media('cover-growth-layers-banking', 'Blue gradient cover') },
  { ...find(paper.layout, 'stats'), id: 'stats1' },
  { ...find(paper.layout, 'featureGrid'), id: 'features1' },
  { ...find(paper.layout, 'testimonial'), id: 'quote1' },
  { ...find(paper.layout, 'downloadGate'), id: 'gate1' },
  { ...find(trialPage.layout, 'comparisonTable'), id: 'plans1' },
  { ...find(trialPage.layout, 'faq'), id: 'faq1' },
  { ...find(gettingStarted.layout, 'codeSample'), id: 'code1' },
  { ...find(openClass.layout, 'video'), id: 'video1', poster: media('cover-open-class', 'Open class cover') },
  { ...find(harborStory.layout, 'logoWall'), id: 'logos1', logos: [{ name: 'Harbor Bank', url: '/customers/harbor-bank', media: media('logo-harbor-bank', 'Harbor Bank') }] },
  { ...find(recallPage.layout, 'callToAction'), id: 'cta1' },
  {
    blockType: 'richText',
    id: 'links1',
    content: richText(
      p('Compare ', link('/pricing', 'our plans'), ', jump to ', link('#faq', 'the questions'), ' or ', link('mailto:sales@example.com', 'write to sales'), '.'),
      p('Never ', link('javascript:alert(1)', 'a script link'), '.'),
    ),
  },
]

/** The banking white paper with those components. */
const item = (): NewsletterItem => ({ title: paper.title, slug: paper.slug, summary: paper.summary, body: paper.body, layout: layout() })

const variant: NewsletterVariant = {
  subject: 'Which business clients are drifting away?',
  preheader: 'Five growth layers, one question each',
  intro: 'This month: how four commercial banks sorted their business clients by behaviour.',
  image: { url: '/api/media/file/newsletter-banner.png', alt: 'Growth layers newsletter' },
  cta: { label: 'Read the white paper', url: '/white-papers/growth-layers-in-commercial-banking' },
}

type Overrides = Partial<Omit<NewsletterInput, 'ctx'>> & { ctx?: Partial<NewsletterContext> }

/** Renders with a recording tracker: each call returns a new tracked URL carrying the destination. */
const render = ({ ctx, ...overrides }: Overrides = {}) => {
  const calls: { url: string; label: string; href: string }[] = []
  const rewriteLink: RewriteLink = (url, label) => {
    const href = `${TRACKER}${calls.length + 1}?to=${encodeURIComponent(url)}`
    calls.push({ url, label, href })
    return href
  }
  const out = renderNewsletter({
    item: item(),
    collection: 'white-papers',
    variant,
    ...overrides,
    ctx: { siteUrl: SITE, rewriteLink, unsubscribeUrl: UNSUBSCRIBE, pixelUrl: PIXEL, ...ctx },
  })
  return { ...out, calls, doc: parse(out.html) }
}

const PAGE = `${SITE}/white-papers/growth-layers-in-commercial-banking`

describe('renderNewsletter: HTML', () => {
  it('lays the item out in a 600px table column with every style inline', () => {
    const { html, doc } = render()
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).not.toMatch(/<style|<link|\sclass=/i)
    const column = [...doc.querySelectorAll('table')].find((t) => t.getAttribute('style')?.includes('max-width:600px'))
    expect(column?.getAttribute('role')).toBe('presentation')
    expect(html).toContain('<!--[if mso]><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="600"')
    const styled = 'table, td, th, p, h1, h2, h3, a, img, pre, ul, ol, li, blockquote, span, code'
    const unstyled = [...doc.body.querySelectorAll(styled)].filter((el) => !el.getAttribute('style')?.trim())
    expect(unstyled.map((el) => el.outerHTML.slice(0, 80))).toEqual([])
    expect(doc.querySelector('h1')?.textContent).toBe(paper.title)
    expect(doc.querySelectorAll('h1')).toHaveLength(1)
    expect(doc.body.textContent).toContain(variant.intro)
  })

  it('hides the preheader as the first thing in the body', () => {
    const { doc } = render()
    const first = doc.body.firstElementChild!
    expect(first.tagName).toBe('SPAN')
    expect(first.textContent).toContain(variant.preheader)
    expect(first.getAttribute('style')).toMatch(/display:none;.*mso-hide:all;/)
    expect(doc.querySelector('title')?.textContent).toBe(variant.subject)
  })

  it('sends every link but the unsubscribe link through rewriteLink exactly once', () => {
    const { html, text, doc, calls } = render()
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!)
    const byHref = new Map(calls.map((c) => [c.href, c]))
    const untracked = hrefs.filter((href) => !byHref.has(href))
    // mailto: cannot go through an HTTP redirect; the unsubscribe link is final as given.
    expect(untracked.sort()).toEqual(['mailto:sales@example.com', UNSUBSCRIBE])
    // One call per distinct link and label; the HTML and the text part share its result.
    expect(new Set(calls.map((c) => `${c.label} ${c.url}`)).size).toBe(calls.length)
    for (const call of calls) {
      expect(call.url).toMatch(/^https?:\/\//)
      expect(call.url.startsWith(TRACKER)).toBe(false)
      expect(html.includes(call.href.replace(/&/g, '&amp;')) || text.includes(call.href)).toBe(true)
    }
    expect(calls.map((c) => c.label)).toEqual(
      expect.arrayContaining([paper.title, 'the growth layers reference', 'Read the growth layers reference', 'Send me the PDF', 'Harbor Bank', variant.cta!.label!]),
    )
    expect(calls.some((c) => c.url.startsWith(UNSUBSCRIBE) || c.url === PIXEL)).toBe(false)
  })

  it('resolves relative links against siteUrl and fragments against the item page', () => {
    const { doc, calls } = render()
    const urls = calls.map((c) => c.url)
    expect(urls).toContain(`${SITE}/pricing`)
    expect(urls).toContain(`${PAGE}#faq`)
    expect(urls).toContain(`${SITE}/customers/harbor-bank`)
    expect(urls).toContain(`${SITE}/white-papers/growth-layers-in-commercial-banking`)
    const srcs = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src')!)
    expect(srcs.every((src) => src.startsWith('https://'))).toBe(true)
    expect(srcs).toContain(`${SITE}/api/media/file/newsletter-banner.png`)
    // The smallest stored size that fills the 552px column, never WebP.
    expect(srcs).toContain(`${SITE}/api/media/file/cover-growth-layers-banking-800x450.png`)
  })

  it('puts the open pixel last, after the unsubscribe link', () => {
    const { doc } = render()
    const images = [...doc.querySelectorAll('img')]
    const pixel = images.at(-1)!
    expect(pixel.getAttribute('src')).toBe(PIXEL)
    expect([pixel.getAttribute('width'), pixel.getAttribute('height'), pixel.getAttribute('alt')]).toEqual(['1', '1', ''])
    expect(images.filter((img) => img.getAttribute('src') === PIXEL)).toHaveLength(1)
    const unsubscribe = [...doc.querySelectorAll('a')].find((a) => a.getAttribute('href') === UNSUBSCRIBE)!
    expect(unsubscribe.textContent).toBe('Unsubscribe')
    expect(unsubscribe.compareDocumentPosition(pixel) & window.Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('turns interactive blocks into links and buttons', () => {
    const { doc, calls } = render()
    expect(doc.querySelectorAll('iframe, video, form, input, select, button, details, script')).toHaveLength(0)
    const hrefOf = (label: string) => calls.find((c) => c.label === label)
    // The video: its poster and a "▶ title" line both link to the video.
    const video = hrefOf('Open class: designing growth layers for your product')!
    expect(video.url).toBe('https://example.com/media/open-class-growth-layers.mp4')
    const videoLinks = [...doc.querySelectorAll('a')].filter((a) => a.getAttribute('href') === video.href)
    expect(videoLinks.map((a) => a.querySelector('img')?.getAttribute('alt') ?? a.textContent)).toEqual([
      'Open class: designing growth layers for your product',
      '▶\u00a0Open class: designing growth layers for your product',
    ])
    // The download form: a bulletproof button to the form on the item's page.
    expect(hrefOf('Send me the PDF')!.url).toBe(`${PAGE}#fw-download-gate-gate1-heading`)
    const buttons = [...doc.querySelectorAll('td[bgcolor] > a')].map((a) => a.textContent)
    expect(buttons).toEqual(['Read the growth layers reference', 'Talk to a banking specialist', 'Send me the PDF', 'Book a demo', 'Read the white paper'])
    const cta = [...doc.querySelectorAll('td[bgcolor]')].at(-1)!
    expect(cta.getAttribute('bgcolor')).toBe('#1d4ed8')
    expect(cta.getAttribute('style')).toContain('background-color:#1d4ed8;')
  })

  it('turns code, comparison tables and questions into plain email markup', () => {
    const { doc } = render()
    const pre = doc.querySelector('pre')!
    expect(pre.textContent).toBe(find(gettingStarted.layout, 'codeSample').code)
    expect(pre.getAttribute('style')).toContain('white-space:pre-wrap;')
    const table = doc.querySelector('th')!.closest('table')!
    expect([...table.querySelectorAll('tr')[0].children].map((c) => c.textContent)).toEqual(['', 'Trial', 'Growth', 'Enterprise'])
    expect([...table.querySelectorAll('tr')[3].children].map((c) => c.textContent)).toEqual(['Warehouse sync', 'No', 'Hourly', 'Every 5 minutes'])
    const paragraphs = [...doc.querySelectorAll('p')].map((el) => el.textContent)
    const question = paragraphs.indexOf('What happens when the trial ends?')
    expect(paragraphs[question + 1]).toBe('Your workspace is kept for 30 days. Choose a plan to continue, or it is deleted.')
  })

  it('skips blocks it has no email form for, and leaves no link for a script URL', () => {
    const plain = render()
    const withUnknown = item()
    withUnknown.layout = [
      { blockType: 'pollWidget', id: 'poll1', question: 'UNKNOWN BLOCK TEXT' } as BlockInput,
      null,
      { blockType: '__proto__' },
      { blockType: 'constructor' },
      ...(withUnknown.layout ?? []),
    ]
    const out = render({ item: withUnknown })
    expect(out.html).toBe(plain.html)
    expect(out.text).toBe(plain.text)
    expect(out.html).not.toContain('UNKNOWN BLOCK TEXT')
    expect(out.html).not.toMatch(/javascript:/i)
    expect(out.doc.body.textContent).toContain('Never a script link.')
  })

  it('escapes the title, subject and copy', () => {
    const title = 'Growth <script>alert(1)</script> & "layers"'
    const { html, text, doc } = render({
      item: { ...item(), title },
      variant: { ...variant, subject: `Re: ${title}`, preheader: '<b>bold</b> & more', intro: 'Tom & Jerry <img src=x onerror=alert(1)>' },
    })
    expect(doc.querySelectorAll('script, b')).toHaveLength(0)
    expect([...doc.querySelectorAll('img')].some((img) => img.getAttribute('src') === 'x')).toBe(false)
    expect(html).toContain('Growth &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;layers&quot;')
    expect(doc.querySelector('h1')!.textContent).toBe(title)
    expect(doc.querySelector('title')!.textContent).toBe(`Re: ${title}`)
    expect(doc.body.textContent).toContain('Tom & Jerry <img src=x onerror=alert(1)>')
    // The text part is text: the title stays as the editor wrote it.
    expect(text.split('\n')[0]).toBe(title)
  })
})

describe('renderNewsletter: plain text', () => {
  it('reads as text, with links as label (url) and lines wrapped', () => {
    const { text, calls } = render()
    const href = (label: string) => calls.find((c) => c.label === label)!.href
    const lines = text.split('\n')
    expect(lines.slice(0, 4)).toEqual([paper.title, '='.repeat(paper.title.length), '', href(paper.title)])
    // A long URL may start a new line; the words around it are the same.
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain(`listed in the growth layers reference (${href('the growth layers reference')}).`)
    // A button's URL too long for the line goes on the line below its label.
    expect(text).toContain(`\n\nRead the white paper\n${href('Read the white paper')}\n\n`)
    expect(text).toContain('write to sales (mailto:sales@example.com)')
    expect(text).toContain('\n\nQ: What happens when the trial ends?\nA: Your workspace is kept for 30 days.')
    expect(text).toContain('\n    <script src="https://example.com/t.js" data-workspace="YOUR_WORKSPACE_ID" defer></script>\n')
    expect(text).toContain('- Dormant: has the client done anything at all in the last 90 days?')
    expect(text).toContain('- Warehouse sync: Trial No, Growth Hourly, Enterprise Every 5 minutes')
    expect(text).toContain(`Unsubscribe: ${UNSUBSCRIBE}`)
    expect(text).not.toContain(PIXEL)
    // Every tracked URL in the text came from rewriteLink.
    const urls = text.match(/https?:\/\/[^\s)]+/g) ?? []
    const tracked = new Set(calls.map((c) => c.href))
    expect(urls.filter((url) => !tracked.has(url) && !url.startsWith('https://example.com/t.js'))).toEqual([])
    // Lines are wrapped at 72 characters, except code and a single unbreakable word or URL.
    const long = lines.filter((line) => line.length > 72 && !line.startsWith('    ') && /\s\S/.test(line.trim()))
    expect(long).toEqual([])
  })

  it('leaves no markup or entities in the text', () => {
    const { text } = render()
    const outsideCode = text.split('\n').filter((line) => !line.startsWith('    ')).join('\n')
    expect(outsideCode).not.toMatch(/<\/?[a-z][^>]*>/i)
    expect(text).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i)
  })
})

describe('renderNewsletter: other content types', () => {
  it('numbers a guide’s steps and links to its page in the item’s locale', () => {
    const { doc, text, calls } = render({ item: gettingStarted, collection: 'guides', ctx: { locale: 'zh' } })
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent).slice(0, 2)).toEqual(['1. Create a workspace', '2. Install the tracking snippet'])
    expect(doc.querySelector('code')?.getAttribute('style')).toContain('font-family:Menlo')
    expect(text).toContain('3. Identify accounts, not only users\n------------------------------------\n\nCall flywheel.group() with')
    expect(calls[0].url).toBe(`${SITE}/zh/guides/${gettingStarted.slug}`)
    expect(doc.documentElement.getAttribute('lang')).toBe('zh')
  })

  it('accepts every content type’s generated document', () => {
    expectTypeOf<WhitePaper>().toExtend<NewsletterItem>()
    expectTypeOf<Guide>().toExtend<NewsletterItem>()
    expectTypeOf<Article>().toExtend<NewsletterItem>()
    expectTypeOf<ProductCopy>().toExtend<NewsletterItem>()
    expectTypeOf<LandingPage>().toExtend<NewsletterItem>()
  })
})
