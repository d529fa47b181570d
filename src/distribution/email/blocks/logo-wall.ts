import type { LogoWallBlockData } from '../../../blocks/LogoWall/render'
import { escapeHtml } from '../../../render/escape'
import { attrs } from '../../../render/html'
import { anchor, heading, TABLE_ATTRS } from '../html'
import { mediaImage } from '../media'
import { STYLES } from '../styles'
import { hanging, textBlocks, textHeading, textLink } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

const PER_ROW = 4
const LOGO_WIDTH = 120

/** Logos in a table, four to a row, each linked when it has a URL; a logo without an image shows its name. */
export const logoWallEmail = (block: LogoWallBlockData, env: EmailEnv): EmailPart => {
  const logos = (block.logos ?? [])
    .map((logo) => {
      const name = logo.name?.trim() ?? ''
      const href = logo.url ? env.link(logo.url, name) : null
      const img = mediaImage(logo.media, env, { alt: name, width: LOGO_WIDTH, href })
      const html = img || (name ? anchor(href, escapeHtml(name)) : '')
      return { html, text: name ? textLink(name, href) : href ?? '' }
    })
    .filter((logo) => logo.html)
  if (!logos.length) return EMPTY_PART
  const rows: string[] = []
  for (let i = 0; i < logos.length; i += PER_ROW) {
    const cells = logos
      .slice(i, i + PER_ROW)
      .map((logo) => `<td${attrs({ align: 'center', valign: 'middle', style: STYLES.logoCell })}>${logo.html}</td>`)
    rows.push(`<tr>${cells.join('')}</tr>`)
  }
  return {
    html: heading(2, escapeHtml(block.heading ?? '')) + `<table${attrs({ ...TABLE_ATTRS, width: '100%', style: 'margin:0 0 16px;' })}>${rows.join('')}</table>`,
    text: textBlocks(textHeading(block.heading ?? ''), logos.filter((logo) => logo.text).map((logo) => hanging(logo.text, '- ')).join('\n')),
  }
}
