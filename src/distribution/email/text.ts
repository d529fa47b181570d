// Building blocks of the plain-text part. Text here is the editor's own, never HTML: nothing is
// escaped, and nothing may be written as markup or entities.

/** Line length of the text part; RFC 5322 recommends at most 78 characters per line. */
export const TEXT_WIDTH = 72

/**
 * Wraps at spaces to `width`. Words and URLs are never split: one longer than a line stands on a
 * line of its own. Existing line breaks are kept.
 */
export const wrap = (text: string, width: number = TEXT_WIDTH): string =>
  text
    .split('\n')
    .map((line) => {
      const lines: string[] = []
      let current = ''
      for (const word of line.split(/[ \t]+/).filter(Boolean)) {
        if (current && current.length + 1 + word.length > width) {
          lines.push(current)
          current = word
        } else {
          current = current ? `${current} ${word}` : word
        }
      }
      lines.push(current)
      return lines.join('\n')
    })
    .join('\n')

/** Prefixes the first line with `marker` and indents the rest to line up under it. */
export const hanging = (text: string, marker: string, width: number = TEXT_WIDTH): string =>
  wrap(text, width - marker.length)
    .split('\n')
    .map((line, i) => (i === 0 ? marker : ' '.repeat(marker.length)) + line)
    .join('\n')

/** `label (url)`; the URL alone when there is no label or the label is the URL. */
export const textLink = (label: string, href: string | null): string => {
  const text = label.replace(/\s+/g, ' ').trim()
  if (!href) return text
  return !text || text === href ? href : `${text} (${href})`
}

/**
 * A link that stands alone (a button, a video): `label (url)` when it fits on a line, else the
 * label with the URL on the next line, so a long URL is never separated from a lone parenthesis.
 */
export const textAction = (label: string, href: string | null): string => {
  const inline = textLink(label, href)
  if (!href || inline.length <= TEXT_WIDTH || inline === href) return inline
  return `${wrap(label.replace(/\s+/g, ' ').trim())}\n${href}`
}

/** A heading underlined with `=` (level 1) or `-` (level 2); a level-3 heading is its line alone. */
export const textHeading = (text: string, level: 1 | 2 | 3 = 2): string => {
  const wrapped = wrap(text.replace(/\s+/g, ' ').trim())
  if (!wrapped || level === 3) return wrapped
  const width = Math.max(...wrapped.split('\n').map((line) => line.length))
  return `${wrapped}\n${(level === 1 ? '=' : '-').repeat(Math.min(width, TEXT_WIDTH))}`
}

/** Paragraphs of editor text (blank lines between), each wrapped. */
export const textParagraphs = (text: string | null | undefined, width: number = TEXT_WIDTH): string =>
  (text ?? '')
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => wrap(p.replace(/\r\n/g, '\n'), width))
    .join('\n\n')

/** Non-empty sections separated by one blank line. */
export const textBlocks = (...parts: (string | null | undefined | false)[]): string =>
  parts
    .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
    .map((part) => part.replace(/\s+$/, ''))
    .join('\n\n')
