// Inline styles for the newsletter. Mail clients drop or rewrite <style> and ignore classes
// (Gmail keeps a <style> only in some apps, Outlook renders with Word), so every element carries
// its own style attribute. Values stick to properties that work everywhere
// (https://www.caniemail.com): no flexbox, no shorthands Outlook misreads, px units.

export const COLORS = {
  page: '#f3f4f6',
  card: '#ffffff',
  text: '#1f2937',
  muted: '#6b7280',
  border: '#e5e7eb',
  brand: '#1d4ed8',
  onBrand: '#ffffff',
  codeBg: '#f8fafc',
} as const

/** Width of the content column and of images inside it (600 minus 2 × 24px padding). */
export const CONTAINER_WIDTH = 600
export const CONTENT_WIDTH = 552

const FONT = 'font-family:Helvetica,Arial,sans-serif;'
const MONO = 'font-family:Menlo,Consolas,monospace;'

export const STYLES = {
  body: `margin:0;padding:0;width:100%;background-color:${COLORS.page};`,
  preheader:
    'display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;' +
    `color:${COLORS.page};`,
  outer: `background-color:${COLORS.page};`,
  outerCell: 'padding:24px 12px;',
  card: `width:100%;max-width:${CONTAINER_WIDTH}px;background-color:${COLORS.card};border-collapse:collapse;`,
  cell: 'padding:8px 24px;',
  headerCell: 'padding:16px 24px 8px;',
  imageCell: 'padding:0;',
  h1: `margin:16px 0 8px;${FONT}font-size:28px;line-height:34px;font-weight:bold;color:${COLORS.text};`,
  h2: `margin:24px 0 8px;${FONT}font-size:22px;line-height:28px;font-weight:bold;color:${COLORS.text};`,
  h3: `margin:16px 0 4px;${FONT}font-size:18px;line-height:24px;font-weight:bold;color:${COLORS.text};`,
  p: `margin:0 0 16px;${FONT}font-size:16px;line-height:24px;color:${COLORS.text};`,
  muted: `margin:0 0 16px;${FONT}font-size:14px;line-height:20px;color:${COLORS.muted};`,
  list: `margin:0 0 16px;padding:0 0 0 24px;${FONT}font-size:16px;line-height:24px;color:${COLORS.text};`,
  listItem: 'margin:0 0 8px;',
  link: `color:${COLORS.brand};text-decoration:underline;`,
  titleLink: `color:${COLORS.text};text-decoration:none;`,
  image: 'display:block;width:100%;height:auto;border:0;outline:none;text-decoration:none;',
  quote: `margin:0 0 16px;padding:8px 16px;border-left:4px solid ${COLORS.brand};${FONT}font-size:16px;line-height:24px;font-style:italic;color:${COLORS.text};`,
  code: `${MONO}font-size:14px;background-color:${COLORS.codeBg};padding:1px 4px;`,
  pre:
    `margin:0 0 8px;padding:12px;${MONO}font-size:13px;line-height:20px;color:${COLORS.text};` +
    `background-color:${COLORS.codeBg};border:1px solid ${COLORS.border};white-space:pre-wrap;word-wrap:break-word;word-break:break-word;`,
  table: `width:100%;border-collapse:collapse;margin:0 0 16px;${FONT}font-size:14px;line-height:20px;color:${COLORS.text};`,
  th: `padding:8px;border:1px solid ${COLORS.border};background-color:${COLORS.page};text-align:left;font-weight:bold;`,
  td: `padding:8px;border:1px solid ${COLORS.border};text-align:left;`,
  logoCell: `padding:8px;${FONT}font-size:14px;line-height:20px;color:${COLORS.text};`,
  stat: `${FONT}font-size:28px;line-height:34px;font-weight:bold;color:${COLORS.brand};`,
  hr: `border:0;border-top:1px solid ${COLORS.border};margin:24px 0;`,
  footerCell: `padding:24px;${FONT}font-size:12px;line-height:18px;color:${COLORS.muted};text-align:center;`,
  footerLink: `color:${COLORS.muted};text-decoration:underline;`,
  pixel: 'display:block;width:1px;height:1px;border:0;',
} as const

/** The two looks of a button: filled with the brand colour, or outlined. */
export const BUTTON = {
  primary: { background: COLORS.brand, color: COLORS.onBrand, border: COLORS.brand },
  secondary: { background: COLORS.card, color: COLORS.brand, border: COLORS.brand },
} as const

export const buttonLinkStyle = (look: keyof typeof BUTTON): string =>
  `display:inline-block;padding:12px 24px;${FONT}font-size:16px;line-height:20px;font-weight:bold;` +
  `color:${BUTTON[look].color};text-decoration:none;border-radius:6px;`
