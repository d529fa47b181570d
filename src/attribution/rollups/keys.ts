/**
 * The dimensions reports group by, and each one's group key — once in SQL (rollup maintenance and raw
 * aggregates) and once in JS (click rollups from a buffered batch, the MongoDB fallback); the two are
 * held equal by test/db/attribution-rollups.test.ts.
 */
export const CREDIT_DIMENSIONS = ['CAMPAIGN', 'CHANNEL', 'CONTENT', 'ACCOUNT', 'LAYER'] as const
export type CreditDimension = (typeof CREDIT_DIMENSIONS)[number]
/** Clicks carry no account or layer: a click is anonymous until its visitor converts. */
export const CLICK_DIMENSIONS = ['CAMPAIGN', 'CHANNEL', 'CONTENT'] as const
export type ClickDimension = (typeof CLICK_DIMENSIONS)[number]
/** Clicks flagged as bots (user agent, scanner bursts) are rolled up per content item only, under this dimension. */
export const BOT_CLICKS_DIMENSION = 'BOT_CONTENT'

export const NONE = '(none)'

export type Keyed = {
  campaignKey?: string | null
  channel?: string | null
  contentType?: string | null
  contentId?: number | null
  accountId?: number | null
  layer?: string | null
}

export const keyOf = (dimension: CreditDimension, row: Keyed): string => {
  switch (dimension) {
    case 'CAMPAIGN':
      return row.campaignKey || NONE
    case 'CHANNEL':
      return row.channel || 'direct'
    case 'CONTENT':
      return row.contentType && row.contentId ? `${row.contentType}:${row.contentId}` : NONE
    case 'ACCOUNT':
      return row.accountId ? String(row.accountId) : NONE
    case 'LAYER':
      return row.layer || NONE
  }
}

/** The same keys over the columns of `clicks` and `attribution_credits`. */
export const KEY_SQL: Record<CreditDimension, string> = {
  CAMPAIGN: `COALESCE(NULLIF(campaign_key, ''), '${NONE}')`,
  CHANNEL: `COALESCE(NULLIF(channel, ''), 'direct')`,
  CONTENT: `CASE WHEN content_type IS NOT NULL AND content_type <> '' AND content_id IS NOT NULL AND content_id <> 0 THEN content_type || ':' || CAST(content_id AS TEXT) ELSE '${NONE}' END`,
  ACCOUNT: `CASE WHEN account_id IS NOT NULL AND account_id <> 0 THEN CAST(account_id AS TEXT) ELSE '${NONE}' END`,
  LAYER: `COALESCE(NULLIF(layer, ''), '${NONE}')`,
}

/** The UTC day (YYYY-MM-DD) of a date column, per engine; JS: `iso.slice(0, 10)`. */
export const daySql = (engine: 'sqlite' | 'postgres', column: string): string =>
  engine === 'postgres' ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')` : `substr(${column}, 1, 10)`
