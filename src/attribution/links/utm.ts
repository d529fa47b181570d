/** utm_medium for a channel name when the link does not set one (channels get kinds in a later issue). */
const MEDIUM_BY_CHANNEL: [RegExp, string][] = [
  [/mail|newsletter/, 'email'],
  [/linkedin|twitter|x-com|weibo|wechat|facebook|social/, 'social'],
  [/ads?$|cpc|paid|search-ads/, 'cpc'],
  [/conference|booth|event|print|poster|qr/, 'offline'],
  [/partner|webhook|feed/, 'referral'],
]

export const defaultMedium = (channel: string): string => MEDIUM_BY_CHANNEL.find(([re]) => re.test(channel))?.[1] ?? 'referral'

export type Utm = { source?: string | null; medium?: string | null; campaign?: string | null; term?: string | null; content?: string | null }

/** The destination with the UTM parameters set (a link's own values win over ones already in the URL). */
export const withUtm = (destination: string, utm: Utm): URL => {
  const url = new URL(destination)
  for (const [key, value] of Object.entries(utm)) if (value) url.searchParams.set(`utm_${key}`, value)
  return url
}
