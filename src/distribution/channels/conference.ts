import QRCode from 'qrcode'

import { escapeHtml } from '../../render/escape'
import type { ChannelAdapter, SendBatch } from './adapter'
import { absoluteSiteUrl, distributedItems, itemUrl, placed, recordPrepared } from './items'

// A4 portrait in millimetres. Every A size has the same 1:√2 ratio, so the same viewBox prints on
// A3 or A1 by changing only width and height (ISO 216).
const W = 210
const H = 297
const MARGIN = 20
const QR_SIZE = 110
const QR_QUIET_ZONE = 4 // modules of white around the code (ISO/IEC 18004)
const FONT = "'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'PingFang SC', sans-serif"

// XML 1.0 forbids most control characters even as entities; a pasted title may carry one.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text for an SVG element or attribute. */
export const xmlText = (value: string): string => escapeHtml(value.replace(INVALID_XML, ''))

/** Roughly how wide a character is set: CJK and other wide glyphs take about two Latin ones. */
const units = (char: string): number => ((char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1)

/** Words into lines of at most `width` units; the last allowed line ends with an ellipsis if text is left. */
export const wrapLines = (text: string, width: number, maxLines: number): string[] => {
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const char of text.replace(/\s+/g, ' ').trim()) {
    if (used + units(char) > width) {
      // Break at the last space of the line when there is one (Latin); CJK breaks anywhere.
      const space = line.lastIndexOf(' ')
      const carry = space > 0 ? line.slice(space + 1) : ''
      lines.push(space > 0 ? line.slice(0, space) : line)
      line = carry
      used = Array.from(carry).reduce((n, c) => n + units(c), 0)
      if (lines.length === maxLines) {
        lines[maxLines - 1] = `${Array.from(lines[maxLines - 1]).slice(0, -1).join('').trimEnd()}…`
        return lines
      }
    }
    if (char === ' ' && used === 0) continue
    line += char
    used += units(char)
  }
  if (line) lines.push(line)
  return lines
}

/** The QR code of `text` as one path in module units, quiet zone included (viewBox 0 0 n n). */
export const qrPath = (text: string): { d: string; size: number } => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const parts: string[] = []
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue
      const start = col
      while (col + 1 < modules.size && modules.get(row, col + 1)) col++
      parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start + 1}v1h-${col - start + 1}z`)
    }
  }
  return { d: parts.join(''), size: modules.size + 2 * QR_QUIET_ZONE }
}

export type PosterInput = { title: string; event?: string | null; location?: string | null; shortUrl: string; caption?: string | null }

const line = (y: number, size: number, text: string, extra = ''): string =>
  `<text x="${W / 2}" y="${y}" font-size="${size}"${extra}>${xmlText(text)}</text>`

/** A print-ready poster: event, location, title, the QR code and the short URL to type in. */
export const posterSvg = ({ title, event, location, shortUrl, caption }: PosterInput): string => {
  const qr = qrPath(shortUrl)
  const titleLines = wrapLines(title, 30, 3)
  const urlSize = Math.min(6, (W - 2 * MARGIN) / (shortUrl.length * 0.62))
  const qrY = 112
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}mm" height="${H}mm" role="img" aria-label="${xmlText(title)}">`,
    `<title>${xmlText(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<g font-family="${FONT}" text-anchor="middle" fill="#111">`,
    event ? line(32, 9, wrapLines(event, 36, 1)[0] ?? '', ' font-weight="700"') : '',
    location ? line(43, 6, wrapLines(location, 50, 1)[0] ?? '', ' fill="#444"') : '',
    ...titleLines.map((text, i) => line(68 + i * 13, 11, text, ' font-weight="700"')),
    line(qrY + QR_SIZE + 16, 6, caption || 'Scan to read'),
    line(qrY + QR_SIZE + 28, Math.round(urlSize * 100) / 100, shortUrl, ' font-family="ui-monospace, Menlo, Consolas, monospace"'),
    '</g>',
    `<svg x="${(W - QR_SIZE) / 2}" y="${qrY}" width="${QR_SIZE}" height="${QR_SIZE}" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges">`,
    `<rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.d}" fill="#000"/>`,
    '</svg>',
    '</svg>',
  ]
    .filter(Boolean)
    .join('\n')
}

/** What the booth team prints (delivery.placement of a conference channel). */
export type ConferencePlacement = {
  kind: 'conference'
  event: string | null
  location: string | null
  startsAt: string | null
  link: string
  posterSvg: string
  /** The same QR code as a PNG data URL: self-contained, no sign-in needed to fetch it, 1024 px. */
  qrPng: string
}

/** A tracked link to the lead item (or to the variant's CTA URL) and its QR poster. */
export const conferencePlacement = async (batch: SendBatch): Promise<ConferencePlacement | null> => {
  const { channel, variant } = batch
  const [lead] = distributedItems(batch.distribution)
  if (!lead) return null
  const link = await batch.trackedLink(variant?.ctaUrl ? absoluteSiteUrl(variant.ctaUrl) : itemUrl(lead))
  const { event = null, location = null, startsAt = null } = channel.conference ?? {}
  const title = variant?.subject || lead.doc.title
  return {
    kind: 'conference',
    event,
    location,
    startsAt,
    link,
    posterSvg: posterSvg({ title, event, location, shortUrl: link, caption: variant?.ctaLabel }),
    qrPng: await QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: QR_QUIET_ZONE, width: 1024 }),
  }
}

/** Prepares the poster; the delivery becomes `sent` (ready to print) until it is marked posted. */
export const conferenceAdapter: ChannelAdapter = {
  preview: async (batch) => (await conferencePlacement(batch)) ?? { error: 'no content item' },
  kind: 'conference',
  perRecipient: false,
  limits: () => ({ batchSize: 1, concurrency: 1 }),
  send: (batch) => recordPrepared(batch, async () => placed(await conferencePlacement(batch))),
}
