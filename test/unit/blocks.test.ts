import { Window } from 'happy-dom'
import type { Field, TextFieldSingleValidation } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { CallToAction } from '../../src/blocks/CallToAction/config'
import { DownloadGate } from '../../src/blocks/DownloadGate/config'
import { Hero } from '../../src/blocks/Hero/config'
import { allBlocks, renderBlocks, type RenderContext, type StandardBlockData } from '../../src/blocks/index'
import { Video } from '../../src/blocks/Video/config'
import { escapeAttr, escapeHtml, safeUrl } from '../../src/render/escape'
import type { MediaDoc } from '../../src/render/image'

// A real HTML parser, so structure is asserted as a browser sees it rather than by string matching.
// (happy-dom is installed with @payloadcms/richtext-lexical, via @lexical/headless.)
const window = new Window()
afterAll(() => window.happyDOM.close())

const parse = (html: string) => {
  const root = window.document.createElement('div')
  root.innerHTML = html
  return root
}

const XSS = '<script>alert(1)</script>'
const tracked = (url: string) => `https://go.flywheel.test/r?to=${encodeURIComponent(url)}`
const ctx: RenderContext = { rewriteLink: tracked }

const size = (name: string, width: number, ext = 'jpg') => ({
  url: `/api/media/file/dashboard-${name}.${ext}`,
  width,
  height: Math.round(width * 0.5625),
  mimeType: ext === 'webp' ? 'image/webp' : 'image/jpeg',
  filesize: width * 100,
  filename: `dashboard-${name}.${ext}`,
})

const image: MediaDoc = {
  id: 7,
  url: '/api/media/file/dashboard.jpg',
  alt: 'Pipeline dashboard showing 40% more qualified leads',
  width: 2400,
  height: 1350,
  mimeType: 'image/jpeg',
  sizes: {
    thumbnail: size('400x225', 400),
    thumbnailWebp: size('400x225', 400, 'webp'),
    card: size('800x450', 800),
    cardWebp: size('800x450', 800, 'webp'),
    hero: size('1600x900', 1600),
    heroWebp: size('1600x900', 1600, 'webp'),
    og: size('1200x630', 1200),
  },
}

const whitePaper: MediaDoc = {
  id: 42,
  url: '/api/media/file/state-of-b2b-growth-2025.pdf',
  alt: null,
  mimeType: 'application/pdf',
}

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, direction: 'ltr', format: '', indent: 0, version: 1 })
const link = (url: string, label: string, extra: object = {}) => ({
  type: 'link',
  fields: { linkType: 'custom', url, newTab: false, ...extra },
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})

const richContent = {
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      { type: 'heading', tag: 'h2', children: [text('Why attribution matters')], direction: 'ltr', format: '', indent: 0, version: 1 },
      paragraph(text('Most teams '), text('over-credit', 1), text(` the last touch. ${XSS}`)),
      paragraph(
        link('https://example.com/report', 'the 2025 report'),
        text(' and '),
        link('javascript:alert(document.cookie)', 'a trap'),
        text(' and '),
        link('https://partner.example/', 'our partner', { newTab: true }),
        text(' and '),
        link('', 'an internal page', { linkType: 'internal', doc: { relationTo: 'pages', value: 3 } }),
      ),
      { type: 'upload', id: 'u1', relationTo: 'media', value: image, fields: {}, format: '', version: 3 },
      { type: 'upload', id: 'u2', relationTo: 'media', value: { ...whitePaper, filename: 'benchmarks.pdf' }, fields: {}, format: '', version: 3 },
      { type: 'upload', id: 'u3', relationTo: 'media', value: 7, fields: {}, format: '', version: 3 },
      { type: 'block', fields: { id: 'b1', blockType: 'notConfigured' }, format: '', version: 2 },
    ],
  },
}

/** One realistic instance of every block, as Payload returns it at depth 1. */
const fixtures: Record<StandardBlockData['blockType'], StandardBlockData> = {
  hero: {
    blockType: 'hero',
    id: 'hero1',
    heading: `Turn content into pipeline ${XSS}`,
    subheading: 'Flywheel connects every white paper, page and email to the revenue it creates.',
    image,
    primaryCta: { label: 'Book a demo', url: 'https://flywheel.test/demo' },
    secondaryCta: { label: 'Watch the tour', url: 'javascript:alert(1)' },
  },
  richText: { blockType: 'richText', id: 'rt1', content: richContent },
  featureGrid: {
    blockType: 'featureGrid',
    id: 'fg1',
    heading: 'Everything a growth team needs',
    columns: '3',
    features: [
      { icon: 'chart-line', title: 'Attribution', text: 'See which asset sourced each deal.' },
      { icon: 'mail', title: 'Email distribution', text: 'Send gated content with tracked links.' },
      { icon: 'bad icon"><script>', title: 'Roles', text: 'Editors, reviewers and admins.' },
    ],
  },
  stats: {
    blockType: 'stats',
    id: 'st1',
    items: [
      { value: 12500, suffix: '+', label: 'leads captured' },
      { value: 40, suffix: '%', label: 'faster onboarding' },
      { value: 3.5, suffix: 'x', label: `pipeline growth ${XSS}` },
    ],
  },
  testimonial: {
    blockType: 'testimonial',
    id: 'te1',
    quote: 'We cut our reporting time in half.\n\nFlywheel is now the first tool our team opens.',
    authorName: 'Dana Whitfield',
    role: 'VP Marketing',
    company: 'Acme Analytics',
    photo: { ...image, id: 8, alt: 'Dana Whitfield' },
  },
  logoWall: {
    blockType: 'logoWall',
    id: 'lw1',
    heading: 'Trusted by growth teams at',
    logos: [
      { media: { ...image, id: 9, alt: 'logo' }, name: 'Acme Analytics', url: 'https://acme.example' },
      { media: 10, name: 'Globex', url: 'https://globex.example' },
      { media: { ...image, id: 11 }, name: 'Initech', url: null },
    ],
  },
  callToAction: {
    blockType: 'callToAction',
    id: 'cta1',
    heading: 'Ready to measure what content earns?',
    text: 'Start a 30-day trial. No credit card.',
    button: { label: 'Start free trial', url: '/signup?plan=growth' },
    style: 'secondary',
  },
  faq: {
    blockType: 'faq',
    id: 'faq1',
    items: [
      { question: 'Can I self-host Flywheel?', answer: 'Yes. It runs on Node 20 with SQLite or PostgreSQL.' },
      { question: `Is my data safe? ${XSS}`, answer: 'Raw IP addresses are never stored.\n\nSalts rotate daily.' },
    ],
  },
  comparisonTable: {
    blockType: 'comparisonTable',
    id: 'ct1',
    heading: 'Flywheel vs. spreadsheets',
    columns: [{ name: 'Flywheel' }, { name: 'Spreadsheets' }],
    rows: [
      { feature: 'Multi-touch attribution', values: [{ value: 'Yes' }, { value: 'No' }] },
      { feature: 'Gated downloads', values: [{ value: 'Built in' }] },
      { feature: `Audit log ${XSS}`, values: [{ value: 'Yes' }, { value: 'Manual' }, { value: 'extra' }] },
    ],
  },
  video: {
    blockType: 'video',
    id: 'v1',
    url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
    title: 'Flywheel product tour (4 minutes)',
    poster: null,
  },
  codeSample: {
    blockType: 'codeSample',
    id: 'cs1',
    language: 'typescript',
    code: `\nconst lead = await fetch('/v1/leads', { method: 'POST' })\nif (a < b && c > d) document.write("${XSS}")\n`,
    caption: 'Record a lead from your own form',
  },
  downloadGate: {
    blockType: 'downloadGate',
    id: 'dg1',
    heading: 'Get the State of B2B Growth 2025',
    text: '42 pages of benchmarks from 600 growth teams.',
    asset: whitePaper,
    formFields: [
      { name: 'email', label: 'Work email', type: 'email', required: true },
      { name: 'company', label: 'Company', type: 'text', required: true },
      { name: 'phone', label: 'Phone', type: 'tel', required: false },
      {
        name: 'teamSize',
        label: 'Team size',
        type: 'select',
        required: true,
        options: [{ label: '1–10', value: 'small' }, { label: '11–50', value: 'medium' }, { label: '51+' }],
      },
    ],
    submitLabel: 'Send me the report',
    consentText: `I agree to receive emails from Flywheel. ${XSS}`,
  },
}

const render = (slug: StandardBlockData['blockType'], context: RenderContext = ctx) => renderBlocks([fixtures[slug]], context)

/** Calls a text field's `validate` the way Payload does, with just what the validators read. */
const validate = async (fields: Field[], path: string[], value: string, siblingData: object = {}) => {
  let field: Field | undefined
  let list = fields
  for (const name of path) {
    field = list.find((f) => 'name' in f && f.name === name)
    list = field && 'fields' in field ? field.fields : []
  }
  if (!field || field.type !== 'text' || !field.validate) throw new Error(`no text field with validate at ${path.join('.')}`)
  const options = {
    req: { payload: { config: {} }, t: (key: string) => key },
    required: field.required,
    maxLength: field.maxLength,
    siblingData,
  } as unknown as Parameters<TextFieldSingleValidation>[1]
  return (field.validate as TextFieldSingleValidation)(value, options)
}

describe('block configs', () => {
  it('give every block a unique slug and an interfaceName', () => {
    const slugs = allBlocks.map((b) => b.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const block of allBlocks) {
      expect(block.slug).toMatch(/^[a-z][A-Za-z]*$/)
      expect(block.interfaceName, block.slug).toMatch(/^[A-Z][A-Za-z]*Block$/)
    }
    expect(new Set(allBlocks.map((b) => b.interfaceName)).size).toBe(allBlocks.length)
  })

  it('have a renderer for every block, and render each with realistic data', () => {
    expect(Object.keys(fixtures).sort()).toEqual(allBlocks.map((b) => b.slug).sort())
    for (const slug of Object.keys(fixtures) as StandardBlockData['blockType'][]) {
      expect(render(slug), slug).not.toBe('')
    }
  })

  it('point uploads at the media collection', () => {
    const uploads = JSON.stringify(allBlocks).match(/"type":"upload","relationTo":"[^"]+"/g) ?? []
    expect(uploads.length).toBeGreaterThanOrEqual(5)
    for (const u of uploads) expect(u).toContain('"relationTo":"media"')
  })
})

describe('escaping', () => {
  it('escapes markup and quotes in text and attributes', () => {
    expect(escapeHtml(`${XSS}"'&`)).toBe('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;')
    expect(escapeAttr('" onmouseover="x')).toBe('&quot; onmouseover=&quot;x')
    expect(escapeHtml(null)).toBe('')
  })

  it('keeps http(s), mailto, tel and relative URLs', () => {
    for (const url of ['https://a.example/x?y=1', 'http://a.example', 'mailto:sales@flywheel.test', 'tel:+4930123', '/pricing', '#faq', '?q=1', 'docs/start', '//cdn.example/x'])
      expect(safeUrl(url)).toBe(url)
  })

  it('neutralises script and data URLs, however they are disguised', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\x01javascript:x', 'data:text/html,<script>', 'vbscript:x', '1x:y', '', null, 42])
      expect(safeUrl(url), String(url)).toBe('#')
  })
})

describe('Hero', () => {
  const dom = parse(render('hero'))

  it('is a section named by its h1, with text escaped', () => {
    const section = dom.querySelector('section.fw-hero')!
    const h1 = section.querySelector('h1')!
    expect(section.getAttribute('aria-labelledby')).toBe(h1.id)
    expect(h1.textContent).toBe(`Turn content into pipeline ${XSS}`)
    expect(dom.querySelector('script')).toBeNull()
    expect(render('hero')).toContain('&lt;script&gt;')
  })

  it('rewrites its calls to action and neutralises javascript: URLs', () => {
    const [primary, secondary] = [...dom.querySelectorAll('a.fw-button')]
    expect(primary.getAttribute('href')).toBe(tracked('https://flywheel.test/demo'))
    expect(primary.className).toContain('fw-button--primary')
    expect(secondary.getAttribute('href')).toBe('#')
  })

  it('renders a lazy <picture> with a WebP source, srcset, size and alt text', () => {
    const picture = dom.querySelector('picture')!
    const source = picture.querySelector('source')!
    const img = picture.querySelector('img')!
    expect(source.getAttribute('type')).toBe('image/webp')
    expect(source.getAttribute('srcset')).toBe(
      '/api/media/file/dashboard-400x225.webp 400w, /api/media/file/dashboard-800x450.webp 800w, /api/media/file/dashboard-1600x900.webp 1600w',
    )
    expect(img.getAttribute('srcset')).toContain('/api/media/file/dashboard-1600x900.jpg 1600w')
    expect(img.getAttribute('srcset')).not.toContain('1200x630') // the cropped og size
    expect(img.getAttribute('src')).toBe('/api/media/file/dashboard.jpg')
    expect(img.getAttribute('alt')).toBe(image.alt)
    expect(img.hasAttribute('role')).toBe(false)
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['2400', '1350'])
    expect(img.getAttribute('loading')).toBe('lazy')
    expect(img.getAttribute('sizes')).toBe('100vw')
  })

  it('renders no image for an unpopulated upload id', () => {
    const html = renderBlocks([{ ...fixtures.hero, image: 7 } as StandardBlockData])
    expect(html).not.toContain('<img')
  })

  it('marks an image without alt text as decorative', () => {
    const html = renderBlocks([{ ...fixtures.hero, image: { ...image, alt: null, sizes: {} } } as StandardBlockData])
    const img = parse(html).querySelector('img')!
    expect(img.getAttribute('alt')).toBe('')
    expect(img.getAttribute('role')).toBe('presentation')
    expect(parse(html).querySelector('picture')).toBeNull()
    expect(img.hasAttribute('srcset')).toBe(false)
  })
})

describe('RichText', () => {
  const html = render('richText')
  const dom = parse(html)

  it('converts lexical to HTML inside .fw-rich-text, escaping text', () => {
    const root = dom.querySelector('.fw-rich-text')!
    expect(root.querySelector('h2')!.textContent).toBe('Why attribution matters')
    expect(root.querySelector('strong')!.textContent).toBe('over-credit')
    expect(root.querySelector('script')).toBeNull()
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('rewrites its links, neutralises javascript: and keeps new-tab links safe', () => {
    const links = [...dom.querySelectorAll('a')]
    const byText = (t: string) => links.find((a) => a.textContent === t)!
    expect(byText('the 2025 report').getAttribute('href')).toBe(tracked('https://example.com/report'))
    expect(byText('a trap').getAttribute('href')).toBe('#')
    expect(byText('our partner').getAttribute('rel')).toBe('noopener noreferrer')
    expect(byText('our partner').getAttribute('target')).toBe('_blank')
  })

  it('renders an unresolved internal link as text and drops unknown nodes', () => {
    expect(dom.textContent).toContain('an internal page')
    expect([...dom.querySelectorAll('a')].some((a) => a.textContent === 'an internal page')).toBe(false)
    expect(html).not.toContain('unknown node')
  })

  it('renders uploads with the same image markup as blocks, and other files as rewritten links', () => {
    const img = dom.querySelector('picture img')!
    expect(img.getAttribute('alt')).toBe(image.alt)
    expect(img.getAttribute('loading')).toBe('lazy')
    expect(dom.querySelectorAll('img')).toHaveLength(1) // the unpopulated upload renders nothing
    const pdf = [...dom.querySelectorAll('a')].find((a) => a.textContent === 'benchmarks.pdf')!
    expect(pdf.getAttribute('href')).toBe(tracked('/api/media/file/state-of-b2b-growth-2025.pdf'))
  })
})

describe('FeatureGrid', () => {
  const dom = parse(render('featureGrid'))

  it('is a named section with the features as a list', () => {
    const section = dom.querySelector('section.fw-feature-grid.fw-feature-grid--cols-3')!
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h2')!.id)
    const items = section.querySelectorAll('ul[role="list"] > li')
    expect(items).toHaveLength(3)
    expect([...section.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Attribution', 'Email distribution', 'Roles'])
  })

  it('hides icons from screen readers and drops an icon name that is not one', () => {
    const icons = dom.querySelectorAll('.fw-icon')
    expect(icons).toHaveLength(2)
    expect(icons[0].getAttribute('aria-hidden')).toBe('true')
    expect(icons[0].getAttribute('data-icon')).toBe('chart-line')
    expect(dom.querySelector('script')).toBeNull()
  })

  it('falls back to three columns for an out-of-range value', () => {
    const html = renderBlocks([{ ...fixtures.featureGrid, columns: 9 } as StandardBlockData])
    expect(html).toContain('fw-feature-grid--cols-3')
  })
})

describe('Stats', () => {
  it('lists value, suffix and label, formatting numbers for the locale', () => {
    const dom = parse(render('stats', { locale: 'de-DE' }))
    const items = [...dom.querySelectorAll('.fw-stats ul > li')]
    expect(items.map((li) => li.textContent)).toEqual(['12.500+ leads captured', '40% faster onboarding', `3,5x pipeline growth ${XSS}`])
    expect(dom.querySelector('script')).toBeNull()
    expect(parse(render('stats', { locale: 'not a locale!' })).textContent).toContain('12,500+')
  })
})

describe('Testimonial', () => {
  it('is a figure with a blockquote and a figcaption naming the author', () => {
    const dom = parse(render('testimonial'))
    const figure = dom.querySelector('figure.fw-testimonial')!
    expect(figure.querySelectorAll('blockquote > p')).toHaveLength(2)
    expect(figure.querySelector('figcaption .fw-testimonial__name')!.textContent).toBe('Dana Whitfield')
    expect(figure.querySelector('figcaption .fw-testimonial__position')!.textContent).toBe('VP Marketing, Acme Analytics')
    expect(figure.querySelector('figcaption img')!.getAttribute('alt')).toBe('Dana Whitfield')
  })
})

describe('LogoWall', () => {
  const dom = parse(render('logoWall'))

  it('uses the company name as alt text and rewrites logo links', () => {
    const items = [...dom.querySelectorAll('section.fw-logo-wall ul > li')]
    expect(items).toHaveLength(3)
    expect(items[0].querySelector('img')!.getAttribute('alt')).toBe('Acme Analytics')
    expect(items[0].querySelector('a')!.getAttribute('href')).toBe(tracked('https://acme.example'))
    expect(items[2].querySelector('a')).toBeNull()
  })

  it('shows the name when the logo is not populated', () => {
    const globex = dom.querySelectorAll('section.fw-logo-wall ul > li')[1]
    expect(globex.querySelector('img')).toBeNull()
    expect(globex.textContent).toBe('Globex')
  })
})

describe('CallToAction', () => {
  it('renders the chosen style and a rewritten button', () => {
    const dom = parse(render('callToAction'))
    const section = dom.querySelector('section.fw-call-to-action.fw-call-to-action--secondary')!
    expect(section.getAttribute('aria-labelledby')).toBe(section.querySelector('h2')!.id)
    const button = section.querySelector('a.fw-button.fw-button--secondary')!
    expect(button.getAttribute('href')).toBe(tracked('/signup?plan=growth'))
  })

  it('resolves relative links against baseUrl before rewriting them', () => {
    const html = render('callToAction', { baseUrl: 'https://www.flywheel.test', rewriteLink: tracked })
    expect(parse(html).querySelector('a')!.getAttribute('href')).toBe(tracked('https://www.flywheel.test/signup?plan=growth'))
  })

  it('refuses a javascript: URL at save time', async () => {
    expect(await validate(CallToAction.fields, ['button', 'url'], 'javascript:alert(1)', { label: 'Go' })).toMatch(/http/)
    expect(await validate(CallToAction.fields, ['button', 'url'], 'https://flywheel.test/demo', { label: 'Go' })).toBe(true)
    expect(await validate(Hero.fields, ['primaryCta', 'url'], '', { label: 'Book a demo' })).toMatch(/needs a URL/)
  })
})

describe('FAQ', () => {
  it('renders each item as details/summary with escaped text', () => {
    const dom = parse(render('faq'))
    const details = dom.querySelectorAll('.fw-faq > details')
    expect(details).toHaveLength(2)
    expect(details[1].querySelector('summary')!.textContent).toBe(`Is my data safe? ${XSS}`)
    expect(details[1].querySelectorAll('.fw-faq__answer > p')).toHaveLength(2)
    expect(dom.querySelector('script')).toBeNull()
  })
})

describe('ComparisonTable', () => {
  const dom = parse(render('comparisonTable'))
  const table = dom.querySelector('table')!

  it('is a captioned table with column and row headers', () => {
    expect(table.querySelector('caption')!.textContent).toBe('Flywheel vs. spreadsheets')
    expect([...table.querySelectorAll('thead th')].map((th) => [th.getAttribute('scope'), th.textContent])).toEqual([
      ['col', 'Flywheel'],
      ['col', 'Spreadsheets'],
    ])
    const rowHeaders = [...table.querySelectorAll('tbody th')]
    expect(rowHeaders.every((th) => th.getAttribute('scope') === 'row')).toBe(true)
    expect(rowHeaders[2].textContent).toBe(`Audit log ${XSS}`)
  })

  it('pads and trims rows to the column count', () => {
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
    expect(rows).toEqual([['Yes', 'No'], ['Built in', ''], ['Yes', 'Manual']])
  })

  it('is a named, focusable region so a wide table can scroll', () => {
    const region = dom.querySelector('.fw-comparison-table')!
    expect(region.getAttribute('role')).toBe('region')
    expect(region.getAttribute('aria-labelledby')).toBe(table.querySelector('caption')!.id)
    expect(region.getAttribute('tabindex')).toBe('0')
  })
})

describe('Video', () => {
  const one = (video: object) => renderBlocks([{ ...fixtures.video, ...video } as StandardBlockData])

  it('embeds YouTube without cookies, in an iframe with a title', () => {
    const iframe = parse(render('video')).querySelector('.fw-video iframe')!
    expect(iframe.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    expect(iframe.getAttribute('title')).toBe('Flywheel product tour (4 minutes)')
    expect(iframe.hasAttribute('allowfullscreen')).toBe(true)
    expect(parse(one({ url: 'https://youtu.be/dQw4w9WgXcQ' })).querySelector('iframe')!.getAttribute('src')).toContain('/embed/dQw4w9WgXcQ')
  })

  it('embeds Vimeo, including unlisted videos', () => {
    const src = parse(one({ url: 'https://vimeo.com/76979871/8272103f6e' })).querySelector('iframe')!.getAttribute('src')
    expect(src).toBe('https://player.vimeo.com/video/76979871?dnt=1&h=8272103f6e')
  })

  it('plays an .mp4 in a <video controls> with its poster', () => {
    const dom = parse(one({ url: 'https://cdn.flywheel.test/tour.mp4', poster: image }))
    const video = dom.querySelector('video')!
    expect(video.hasAttribute('controls')).toBe(true)
    expect(video.getAttribute('aria-label')).toBe('Flywheel product tour (4 minutes)')
    expect(video.getAttribute('poster')).toBe('/api/media/file/dashboard-1600x900.jpg')
    expect(video.querySelector('source')!.getAttribute('src')).toBe('https://cdn.flywheel.test/tour.mp4')
  })

  it('refuses URLs that are not https YouTube, Vimeo or .mp4 in its validate function', async () => {
    for (const url of [
      'http://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://evil.example/watch?v=dQw4w9WgXcQ',
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=short',
      'https://vimeo.com/about',
      'javascript:alert(1)//.mp4',
      'https://cdn.example/video.webm',
      'https://user:pw@vimeo.com/76979871',
      'not a url',
    ]) {
      expect(await validate(Video.fields, ['url'], url), url).toMatch(/YouTube or Vimeo/)
    }
    for (const url of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ', 'https://player.vimeo.com/video/76979871', 'https://cdn.flywheel.test/a/tour.MP4'])
      expect(await validate(Video.fields, ['url'], url), url).toBe(true)
    expect(await validate(Video.fields, ['url'], '')).toBe('validation:required')
  })

  it('renders nothing for a URL that slipped past validation', () => {
    expect(one({ url: 'https://evil.example/x' })).toBe('')
  })
})

describe('CodeSample', () => {
  it('renders escaped code in <pre><code class="language-…"> with a caption', () => {
    const html = render('codeSample')
    const dom = parse(html)
    const code = dom.querySelector('figure.fw-code-sample pre > code')!
    expect(code.className).toBe('language-typescript')
    expect(code.textContent).toBe(`const lead = await fetch('/v1/leads', { method: 'POST' })\nif (a < b && c > d) document.write("${XSS}")`)
    expect(html).toContain('a &lt; b &amp;&amp; c &gt; d')
    expect(dom.querySelector('figcaption')!.textContent).toBe('Record a lead from your own form')
  })

  it('falls back to plaintext for a language not in the list', () => {
    const html = renderBlocks([{ ...fixtures.codeSample, language: 'x" onclick="y' } as StandardBlockData])
    expect(parse(html).querySelector('code')!.className).toBe('language-plaintext')
  })
})

describe('DownloadGate', () => {
  const html = render('downloadGate')
  const dom = parse(html)
  const form = dom.querySelector('section.fw-download-gate form')!

  it('posts to /v1/leads with the asset id and never links to the asset', () => {
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toBe('/v1/leads')
    const hidden = form.querySelector('input[type="hidden"]')!
    expect([hidden.getAttribute('name'), hidden.getAttribute('value')]).toEqual(['assetId', '42'])
    expect(html).not.toContain('state-of-b2b-growth-2025')
    expect(html).not.toContain('.pdf')
    expect(dom.querySelector('a')).toBeNull()
  })

  it('binds a label to every control and marks required ones', () => {
    const controls = [...form.querySelectorAll('input:not([type="hidden"]), select')]
    expect(controls.map((c) => c.getAttribute('name'))).toEqual(['email', 'company', 'phone', 'teamSize', 'consent'])
    for (const control of controls) {
      const label = form.querySelector(`label[for="${control.id}"]`)
      expect(label, control.getAttribute('name')!).not.toBeNull()
    }
    expect(new Set(controls.map((c) => c.id)).size).toBe(controls.length)
    const required = controls.filter((c) => c.hasAttribute('required')).map((c) => c.getAttribute('name'))
    expect(required).toEqual(['email', 'company', 'teamSize', 'consent'])
    expect(form.querySelector('input[name="email"]')!.getAttribute('type')).toBe('email')
    expect(form.querySelector('input[name="email"]')!.getAttribute('autocomplete')).toBe('email')
    expect(form.querySelector('input[name="phone"]')!.getAttribute('type')).toBe('tel')
  })

  it('renders select options, a consent checkbox and the submit label', () => {
    const options = [...form.querySelectorAll('select option')].map((o) => [o.getAttribute('value'), o.textContent])
    expect(options).toEqual([['', 'Select…'], ['small', '1–10'], ['medium', '11–50'], ['51+', '51+']])
    const consent = form.querySelector('input[name="consent"]')!
    expect(consent.getAttribute('type')).toBe('checkbox')
    expect(form.querySelector(`label[for="${consent.id}"]`)!.textContent).toBe(`I agree to receive emails from Flywheel. ${XSS}`)
    expect(form.querySelector('button[type="submit"]')!.textContent).toBe('Send me the report')
    expect(dom.querySelector('script')).toBeNull()
  })

  it('posts to an absolute URL when rendered for email or a feed', () => {
    const action = parse(render('downloadGate', { baseUrl: 'https://www.flywheel.test' })).querySelector('form')!.getAttribute('action')
    expect(action).toBe('https://www.flywheel.test/v1/leads')
  })

  it('takes the asset id from an unpopulated upload too', () => {
    const form = parse(renderBlocks([{ ...fixtures.downloadGate, asset: 42 } as StandardBlockData])).querySelector('form')!
    expect(form.querySelector('input[name="assetId"]')!.getAttribute('value')).toBe('42')
  })

  it('refuses field names the form itself uses, and duplicates', async () => {
    expect(await validate(DownloadGate.fields, ['formFields', 'name'], 'assetId')).toMatch(/used by the form/)
    expect(await validate(DownloadGate.fields, ['formFields', 'name'], 'job title')).toMatch(/letter/)
    expect(await validate(DownloadGate.fields, ['formFields', 'name'], 'jobTitle')).toBe(true)
    const formFields = DownloadGate.fields.find((f) => 'name' in f && f.name === 'formFields')
    if (formFields?.type !== 'array' || !formFields.validate) throw new Error('formFields has no validate')
    const options = { req: { t: (k: string) => k }, minRows: 1, maxRows: 12, required: true } as unknown as Parameters<typeof formFields.validate>[1]
    expect(await formFields.validate([{ name: 'email' }, { name: 'email' }], options)).toMatch(/Two fields are named "email"/)
    expect(await formFields.validate([{ name: 'email' }, { name: 'company' }], options)).toBe(true)
  })
})

describe('renderBlocks', () => {
  it('renders blocks in order and ignores unknown block types without throwing', () => {
    const html = renderBlocks([
      fixtures.faq,
      { blockType: 'carousel', id: 'x' },
      { blockType: 'constructor' },
      { blockType: '__proto__' },
      null,
      {},
      { blockType: 42 } as unknown as { blockType: string },
      fixtures.callToAction,
    ])
    const dom = parse(html)
    expect(dom.children).toHaveLength(2)
    expect(dom.children[0].className).toBe('fw-faq')
    expect(dom.children[1].className).toContain('fw-call-to-action')
  })

  it('accepts an empty or missing list', () => {
    expect(renderBlocks([])).toBe('')
    expect(renderBlocks(null)).toBe('')
    expect(renderBlocks(undefined)).toBe('')
  })

  it('gives blocks without an id distinct element ids', () => {
    const a = { ...fixtures.callToAction, id: null }
    const dom = parse(renderBlocks([a, a]))
    const ids = [...dom.querySelectorAll('h2')].map((h) => h.id)
    expect(new Set(ids).size).toBe(2)
  })

  it('makes image sources absolute against baseUrl without rewriting them', () => {
    const img = parse(render('hero', { baseUrl: 'https://www.flywheel.test', rewriteLink: tracked })).querySelector('img')!
    expect(img.getAttribute('src')).toBe('https://www.flywheel.test/api/media/file/dashboard.jpg')
  })

  it('does not rewrite mailto:, tel: or in-page links', () => {
    const html = renderBlocks(
      [
        { ...fixtures.callToAction, button: { label: 'Email us', url: 'mailto:sales@flywheel.test' } },
        { ...fixtures.hero, primaryCta: { label: 'FAQ', url: '#faq' }, secondaryCta: { label: 'Call', url: 'tel:+4930123' } },
      ] as StandardBlockData[],
      ctx,
    )
    expect([...parse(html).querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['mailto:sales@flywheel.test', '#faq', 'tel:+4930123'])
  })
})
