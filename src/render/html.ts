import { escapeAttr, escapeHtml } from './escape'

type AttrValue = string | number | boolean | null | undefined

/**
 * ` name="value"` pairs, escaped. `true` writes a bare boolean attribute (`required`);
 * `false`, `null`, `undefined` and `''` leave the attribute out — except `alt`, where empty means
 * "decorative" and must be written.
 */
export const attrs = (values: Record<string, AttrValue>): string =>
  Object.entries(values)
    .map(([name, value]) => {
      if (value === true) return ` ${name}`
      if (value === false || value === null || value === undefined) return ''
      if (value === '' && name !== 'alt') return ''
      return ` ${name}="${escapeAttr(value)}"`
    })
    .join('')

/** Plain text from a textarea as paragraphs: blank lines split paragraphs, single newlines become <br>. */
export const paragraphs = (text: string | null | undefined, className?: string): string =>
  (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p${attrs({ class: className })}>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('')
