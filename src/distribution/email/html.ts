import { escapeHtml } from '../../render/escape'
import { attrs } from '../../render/html'
import { BUTTON, CONTENT_WIDTH, STYLES, buttonLinkStyle } from './styles'

// Building blocks of the email's HTML. Each writes its own inline style; callers pass text
// unescaped and URLs already resolved (EmailEnv), and these escape both.

/** Attributes every layout table needs so clients neither announce it nor add gaps. */
export const TABLE_ATTRS = { role: 'presentation', border: 0, cellpadding: 0, cellspacing: 0 } as const

export const heading = (level: 1 | 2 | 3, inner: string): string =>
  inner ? `<h${level}${attrs({ style: STYLES[`h${level}`] })}>${inner}</h${level}>` : ''

/** Escaped text as paragraphs: blank lines split them, single newlines become <br>. */
export const paragraphs = (text: string | null | undefined, style: string = STYLES.p): string =>
  (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p${attrs({ style })}>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('')

/** A text link; with no usable href, the escaped text alone. */
export const anchor = (href: string | null, inner: string, style: string = STYLES.link): string =>
  href ? `<a${attrs({ href, style, target: '_blank' })}>${inner}</a>` : inner

/**
 * A "bulletproof" button: the colour sits on a table cell (bgcolor too, for Outlook), so the button
 * shows even where the link's padding and background are ignored
 * (https://www.litmus.com/blog/a-guide-to-bulletproof-buttons-in-email-design).
 */
export const button = (href: string | null, label: string, look: keyof typeof BUTTON = 'primary'): string => {
  if (!href || !label) return ''
  const colors = BUTTON[look]
  return (
    `<table${attrs({ ...TABLE_ATTRS, style: 'margin:8px 0 16px;border-collapse:separate;' })}><tr>` +
    `<td${attrs({
      align: 'center',
      bgcolor: colors.background,
      style: `border-radius:6px;background-color:${colors.background};border:2px solid ${colors.border};`,
    })}>` +
    `<a${attrs({ href, style: buttonLinkStyle(look), target: '_blank' })}>${escapeHtml(label)}</a>` +
    `</td></tr></table>`
  )
}

/** A full-width (or narrower) image, linked when `href` is given. Empty without a source. */
export const image = (
  src: string | null,
  alt: string,
  { href = null, width = CONTENT_WIDTH, ratio }: { href?: string | null; width?: number; ratio?: number } = {},
): string => {
  if (!src) return ''
  const img = `<img${attrs({
    src,
    alt,
    width,
    height: ratio ? Math.round(width * ratio) : null,
    style: `${STYLES.image}max-width:${width}px;`,
  })}>`
  return href ? `<a${attrs({ href, target: '_blank', style: 'text-decoration:none;' })}>${img}</a>` : img
}

/** Bottom spacing around an image or other block-level piece, in a <p> because Outlook keeps its margin. */
export const spaced = (inner: string): string => (inner ? `<p${attrs({ style: 'margin:0 0 16px;' })}>${inner}</p>` : '')

/** One row of the content column. */
export const row = (inner: string, style: string = STYLES.cell): string =>
  inner ? `<tr><td${attrs({ style })}>${inner}</td></tr>` : ''
