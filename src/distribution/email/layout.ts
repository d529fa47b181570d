import { escapeHtml } from '../../render/escape'
import { attrs } from '../../render/html'
import { TABLE_ATTRS } from './html'
import { CONTAINER_WIDTH, STYLES } from './styles'

export type EmailDocument = {
  lang: string
  subject: string
  preheader: string
  /** The content column's rows (`row()`), top to bottom. */
  rows: string[]
  footer: string
  /** The open pixel's URL, used as given. */
  pixelUrl: string
}

// Zero-width joiners and non-breaking spaces after the preheader keep clients from filling the
// inbox preview with the first words of the body (https://www.litmus.com/blog/the-ultimate-guide-to-preview-text-support).
const PREVIEW_FILLER = '&#847;&zwnj;&nbsp;'.repeat(60)

/** The inbox preview text: in the body first, shown nowhere. */
export const preheader = (text: string): string =>
  text.trim() ? `<span${attrs({ style: STYLES.preheader })}>${escapeHtml(text.trim())}${PREVIEW_FILLER}</span>` : ''

// Outlook for Windows ignores max-width: a fixed-width table only it reads ("ghost table") keeps the
// column at 600px there, while every other client gets a fluid column without any media query.
const ghostOpen = `<!--[if mso]><table role="presentation" border="0" cellpadding="0" cellspacing="0" width="${CONTAINER_WIDTH}" align="center"><tr><td><![endif]-->`
const ghostClose = '<!--[if mso]></td></tr></table><![endif]-->'

/**
 * The whole HTML document: a centred 600px column of rows on a grey page, the footer under it and
 * the open pixel last, after everything a reader sees. No <style>, no classes: every element
 * carries its own inline style.
 */
export const emailDocument = (doc: EmailDocument): string => {
  const column = (inner: string, style: string) =>
    `<table${attrs({ ...TABLE_ATTRS, width: '100%', align: 'center', style })}>${inner}</table>`
  const pixel = `<img${attrs({ src: doc.pixelUrl, width: 1, height: 1, alt: '', style: STYLES.pixel })}>`
  return (
    `<!DOCTYPE html>\n<html${attrs({ lang: doc.lang, xmlns: 'http://www.w3.org/1999/xhtml' })}>` +
    `<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="x-apple-disable-message-reformatting"><meta name="color-scheme" content="light">` +
    `<title>${escapeHtml(doc.subject)}</title></head>` +
    `<body${attrs({ style: STYLES.body })}>` +
    preheader(doc.preheader) +
    `<table${attrs({ ...TABLE_ATTRS, width: '100%', style: STYLES.outer })}><tr><td${attrs({ align: 'center', style: STYLES.outerCell })}>` +
    ghostOpen +
    column(doc.rows.join(''), STYLES.card) +
    column(`<tr><td${attrs({ style: STYLES.footerCell })}>${doc.footer}</td></tr>`, `width:100%;max-width:${CONTAINER_WIDTH}px;`) +
    ghostClose +
    `</td></tr></table>` +
    pixel +
    `</body></html>`
  )
}
