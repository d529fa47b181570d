// Shared by rss.ts and atom.ts: text is escaped, never wrapped in CDATA, because CDATA cannot hold `]]>`
// and escaping is always correct.

// Characters outside XML 1.0's `Char` production (https://www.w3.org/TR/xml/#charsets): C0 controls
// other than tab/newline/carriage return, lone surrogates, U+FFFE and U+FFFF. A single one of them makes
// the whole document unparseable for feed readers, and there is no way to escape them, so they go.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

export const stripInvalidXmlChars = (text: string): string => text.replace(INVALID_XML_CHARS, '')

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** Escapes for both element text and (double- or single-quoted) attribute values. */
export const escapeXml = (text: string): string => stripInvalidXmlChars(text).replace(/[&<>"']/g, (c) => ESCAPES[c])

/** `<name attr="…">text</name>`, or nothing when the text is absent, so optional elements read as one line. */
export const element = (name: string, text: string | undefined, attributes: Record<string, string> = {}): string => {
  if (text === undefined) return ''
  return `<${name}${attributesOf(attributes)}>${escapeXml(text)}</${name}>`
}

export const emptyElement = (name: string, attributes: Record<string, string | undefined>): string =>
  `<${name}${attributesOf(attributes)}/>`

/** The start tag of an element whose children are rendered separately (the document roots). */
export const openTag = (name: string, attributes: Record<string, string | undefined>): string =>
  `<${name}${attributesOf(attributes)}>`

const attributesOf = (attributes: Record<string, string | undefined>): string =>
  Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('')

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
