/**
 * A search word as a `contains` value for the database in use. Payload wraps the value in `%…%` and
 * compares case-insensitively (ILIKE on PostgreSQL, LIKE on SQLite, an escaped regex on MongoDB), but
 * does not escape LIKE wildcards, so a user's `%` or `_` would match anything:
 *  - PostgreSQL: LIKE's default escape character is the backslash, so escape `\`, `%` and `_`.
 *  - SQLite: LIKE has no escape character unless the query names one, which Payload's does not; the
 *    wildcards become `_` (any one character, a superset of the literal) and `needsRecheck` tells the
 *    caller to keep only exact matches.
 *  - MongoDB: Payload escapes the regex itself; the word goes as is.
 * https://www.postgresql.org/docs/current/functions-matching.html#FUNCTIONS-LIKE
 * https://www.sqlite.org/lang_expr.html#like
 */
export const containsValue = (adapter: string, word: string): string => {
  if (adapter === 'postgres') return word.replace(/[\\%_]/g, '\\$&')
  if (adapter === 'sqlite') return word.replace(/[%_]/g, '_')
  return word
}

export const needsRecheck = (adapter: string, words: string[]): boolean =>
  adapter === 'sqlite' && words.some((word) => /[%_]/.test(word))

/** The words of a query: split on white space, deduplicated case-insensitively, at most `max`. */
export const searchWords = (q: string, max: number): string[] => {
  const seen = new Set<string>()
  const words: string[] = []
  for (const word of q.trim().split(/\s+/)) {
    const key = word.toLowerCase()
    if (!word || seen.has(key)) continue
    seen.add(key)
    words.push(word)
  }
  return words.slice(0, max)
}
