import { XMLParser, XMLValidator } from 'fast-xml-parser'
import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'

import { posterSvg, qrPath, wrapLines, xmlText } from '../../src/distribution/channels/conference'

const SHORT = 'https://go.example.com/l/Bo0th42'

/** The dark modules a path of `M x y h w v1 h-w z` runs paints, as "row,col" keys. */
const painted = (d: string, quiet: number): Set<string> => {
  const cells = new Set<string>()
  for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) cells.add(`${Number(y) - quiet},${Number(x) - quiet + i}`)
  }
  return cells
}

describe('conference QR poster', () => {
  const title = 'Growth <layers> & "banks" – it\'s here\u0007'
  const svg = posterSvg({ title, event: 'FinConf <2026>', location: 'Hall 2 & booth A12', shortUrl: SHORT })

  it('is well-formed SVG on an A-series viewBox', () => {
    expect(XMLValidator.validate(svg)).toBe(true)
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg)
    expect(doc.svg.viewBox).toBe('0 0 210 297')
    expect(297 / 210).toBeCloseTo(Math.SQRT2, 2)
    expect(doc.svg.width).toBe('210mm')
  })

  it('carries the escaped title, event, location and the short URL as text', () => {
    expect(svg).toContain('Growth &lt;layers&gt; &amp; &quot;banks&quot; – it&#39;s here')
    expect(svg).not.toContain('<layers>')
    expect(svg).not.toContain('\u0007')
    expect(svg).toContain('FinConf &lt;2026&gt;')
    expect(svg).toContain('Hall 2 &amp; booth A12')
    expect(svg).toContain(`>${SHORT}</text>`)
    const texts = JSON.stringify(new XMLParser({ processEntities: true }).parse(svg))
    expect(texts).toContain('Growth <layers> & \\"banks\\"')
  })

  it('draws exactly the modules of the QR code of the short URL', () => {
    const { modules } = QRCode.create(SHORT, { errorCorrectionLevel: 'M' })
    const dark = new Set<string>()
    for (let r = 0; r < modules.size; r++) for (let c = 0; c < modules.size; c++) if (modules.get(r, c)) dark.add(`${r},${c}`)
    const { d, size } = qrPath(SHORT)
    expect(size).toBe(modules.size + 8)
    expect(painted(d, 4)).toEqual(dark)
    expect(svg).toContain(d)
  })

  it('wraps long titles into at most three lines, the last one ending in an ellipsis', () => {
    const lines = wrapLines('How regional banks grow deposits with layered onboarding journeys and partner ecosystems in 2026', 30, 3)
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30)
    expect(lines[2].endsWith('…')).toBe(true)
    expect(lines[0]).toBe('How regional banks grow')
    // CJK has no spaces: it breaks anywhere, each character counting double.
    expect(wrapLines('增长层级'.repeat(10), 30, 3)[0]).toBe('增长层级'.repeat(4)!.slice(0, 15))
  })

  it('strips characters XML cannot carry', () => {
    expect(xmlText('a\u0000b\uD800c<')).toBe('abc&lt;')
  })
})
