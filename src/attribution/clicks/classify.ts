import { isbot } from 'isbot'

import type { BotReason } from '../../../collections/Clicks'

type Headers = Record<string, string | string[] | undefined>

const header = (headers: Headers, name: string): string => {
  const value = headers[name]
  return (Array.isArray(value) ? value[0] : value) ?? ''
}

/** isbot's pattern costs ~1 µs a call; clicks repeat user agents, so answers are memoized (bounded). */
const botByAgent = new Map<string, boolean>()
const isBotAgent = (ua: string): boolean => {
  let bot = botByAgent.get(ua)
  if (bot === undefined) {
    bot = isbot(ua)
    if (botByAgent.size >= 10_000) botByAgent.clear()
    botByAgent.set(ua, bot)
  }
  return bot
}

/**
 * Whether a request to a tracked link is a person: HEAD requests, crawlers and link scanners (by
 * user agent, or none) and browser prefetches get the redirect but are not counted as human clicks.
 */
export const classifyClick = (method: string, headers: Headers): { human: boolean; botReason: BotReason | null } => {
  if (method === 'HEAD') return { human: false, botReason: 'head' }
  const purpose = `${header(headers, 'purpose')} ${header(headers, 'sec-purpose')} ${header(headers, 'x-purpose')} ${header(headers, 'x-moz')}`.toLowerCase()
  if (/prefetch|preview|prerender/.test(purpose)) return { human: false, botReason: 'prefetch' }
  const ua = header(headers, 'user-agent')
  if (!ua.trim() || isBotAgent(ua)) return { human: false, botReason: 'user-agent' }
  return { human: true, botReason: null }
}
