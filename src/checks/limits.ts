/**
 * Bounds of the broken-link checker. Every request it makes goes to an address an editor typed,
 * so each one is short, counted and capped.
 */
export const LINK_CHECK = {
  /** Per request (HEAD, then GET as a fallback); a slow site is as broken to a reader as a dead one. */
  timeoutMs: 5_000,
  /** Redirects followed per link before giving up. */
  maxRedirects: 5,
  /** Requests in flight at once for one document. */
  concurrency: 4,
  /** Links checked in one run; the rest wait for the follow-up run, least recently checked first. */
  maxChecksPerRun: 50,
  /** Distinct links tracked per document (the `linkReport` array's maxRows). */
  maxLinks: 200,
  /** Consecutive failed runs after which a link counts as broken: one failure may be a blip. */
  brokenAfter: 2,
  /** Wait before the run that confirms a first failure. */
  recheckDelayMs: 15 * 60_000,
} as const

/** SEO lengths (characters) that search engines show without truncating. */
export const SEO_LIMITS = {
  titleMax: 70,
  descriptionMin: 50,
  descriptionMax: 160,
} as const
