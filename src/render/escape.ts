// The one place where untrusted text meets HTML. Every renderer in src/blocks goes through these.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for an element body. Quotes are escaped too, so the result is also safe in attributes. */
export const escapeHtml = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/[&<>"']/g, (c) => ENTITIES[c])

/** Escapes a value for a double-quoted attribute. Same rules as `escapeHtml`; the name says where it goes. */
export const escapeAttr = escapeHtml

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * Returns the URL when it is http(s), mailto, tel or relative; anything else (`javascript:`, `data:`,
 * `vbscript:`…) becomes `#`. Browsers drop tabs and newlines anywhere in a URL and control characters
 * or spaces around it (https://url.spec.whatwg.org/#concept-basic-url-parser), so `java\tscript:`
 * is still a script URL: we clean the same way before reading the scheme. The result still needs
 * `escapeAttr`.
 */
export const safeUrl = (url: unknown): string => {
  if (typeof url !== 'string') return '#'
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '').replace(/[\t\n\r]/g, '')
  if (!cleaned) return '#'
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)
  if (scheme) return ALLOWED_SCHEMES.has(scheme[1].toLowerCase()) ? cleaned : '#'
  // No valid scheme: a path, query or fragment. A colon before the first `/`, `?` or `#` (`1x:y`,
  // `java\0script:`) is no link an editor meant; refuse it rather than reason about parser quirks.
  return /^[^/?#]*:/.test(cleaned) ? '#' : cleaned
}
