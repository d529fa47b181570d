import type { ComparisonTableBlockData } from '../../../blocks/ComparisonTable/render'
import { escapeHtml } from '../../../render/escape'
import { attrs } from '../../../render/html'
import { heading, TABLE_ATTRS } from '../html'
import { STYLES } from '../styles'
import { hanging, textBlocks, textHeading } from '../text'
import { EMPTY_PART, type EmailEnv, type EmailPart } from '../types'

/**
 * A plain bordered table with the styles on every cell. Rows are padded or cut to the column count
 * as on the site. The text part gives one line per feature: "Single sign-on: Trial No, Growth No…".
 */
export const comparisonTableEmail = (block: ComparisonTableBlockData, _env: EmailEnv): EmailPart => {
  const columns = (block.columns ?? []).map((c) => c.name ?? '')
  if (!columns.length) return EMPTY_PART
  const rows = (block.rows ?? []).map((row) => ({
    feature: row.feature ?? '',
    values: columns.map((_, i) => row.values?.[i]?.value ?? ''),
  }))
  const th = (text: string, scope: 'col' | 'row') => `<th${attrs({ scope, style: STYLES.th })}>${escapeHtml(text)}</th>`
  const head = `<tr><td${attrs({ style: STYLES.th })}></td>${columns.map((name) => th(name, 'col')).join('')}</tr>`
  const body = rows
    .map((row) => `<tr>${th(row.feature, 'row')}${row.values.map((v) => `<td${attrs({ style: STYLES.td })}>${escapeHtml(v)}</td>`).join('')}</tr>`)
    .join('')
  const lines = rows.map((row) =>
    hanging(`${row.feature}: ${row.values.map((v, i) => `${columns[i]} ${v}`.trim()).join(', ')}`, '- '),
  )
  return {
    html:
      heading(2, escapeHtml(block.heading ?? '')) +
      // role="presentation" is not set: this one is a data table, and screen readers should say so.
      `<table${attrs({ border: 0, cellpadding: 0, cellspacing: 0, width: '100%', style: STYLES.table })}>${head}${body}</table>`,
    text: textBlocks(textHeading(block.heading ?? ''), lines.join('\n')),
  }
}
