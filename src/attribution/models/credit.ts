/** The six attribution models (GraphQL enum names). */
export const MODELS = ['FIRST_TOUCH', 'LAST_TOUCH', 'LAST_NON_DIRECT', 'LINEAR', 'POSITION_BASED', 'TIME_DECAY'] as const
export type Model = (typeof MODELS)[number]

/** One human touchpoint before a conversion. */
export type Touch = {
  /** Epoch milliseconds. */
  at: number
  /** A visit without campaign, channel or referrer (typed URL, bookmark). */
  direct: boolean
}

export type CreditOptions = {
  /** TIME_DECAY: a touch this many days older than another gets half its credit (default 7). */
  halfLifeDays?: number
}

const DAY_MS = 24 * 3600 * 1000

/**
 * How one conversion's credit (1.0 in all) is split over its touchpoints under a model: the weights,
 * in the order of `touches` sorted by time (oldest first), summing to 1; all zeros when there is no
 * touch. Revenue is split by the same weights.
 *  - FIRST_TOUCH / LAST_TOUCH: all to the first / last touch.
 *  - LAST_NON_DIRECT: all to the last touch that is not direct (the last touch when all are direct).
 *  - LINEAR: equal shares.
 *  - POSITION_BASED: 40 % first, 40 % last, 20 % shared by the ones between; one touch 100 %, two 50/50.
 *  - TIME_DECAY: weight 2^(−age / half-life), age = conversion time − touch time, normalised.
 */
export const creditWeights = (model: Model, touches: readonly Touch[], conversionAt: number, options: CreditOptions = {}): number[] => {
  const n = touches.length
  const weights = new Array<number>(n).fill(0)
  if (n === 0) return weights
  switch (model) {
    case 'FIRST_TOUCH':
      weights[0] = 1
      break
    case 'LAST_TOUCH':
      weights[n - 1] = 1
      break
    case 'LAST_NON_DIRECT': {
      let i = n - 1
      while (i > 0 && touches[i].direct) i--
      weights[touches[i].direct ? n - 1 : i] = 1
      break
    }
    case 'LINEAR':
      weights.fill(1 / n)
      break
    case 'POSITION_BASED':
      if (n === 1) weights[0] = 1
      else if (n === 2) weights.fill(0.5)
      else {
        weights.fill(0.2 / (n - 2))
        weights[0] = 0.4
        weights[n - 1] = 0.4
      }
      break
    case 'TIME_DECAY': {
      const halfLife = (options.halfLifeDays ?? 7) * DAY_MS
      const raw = touches.map((t) => 2 ** (-Math.max(0, conversionAt - t.at) / halfLife))
      const sum = raw.reduce((a, b) => a + b, 0)
      raw.forEach((w, i) => (weights[i] = w / sum))
      break
    }
  }
  return weights
}

/** Lookback windows in days per conversion name: 30 for lead and signup, 90 for purchase, 30 otherwise. */
export const DEFAULT_LOOKBACK_DAYS: Record<string, number> = { lead: 30, signup: 30, purchase: 90 }

export const lookbackDays = (conversion: string, overrides: Record<string, number> = {}): number =>
  overrides[conversion] ?? DEFAULT_LOOKBACK_DAYS[conversion] ?? 30

/** The touches that count for a conversion at `conversionAt`: inside the window, not after it, oldest first. */
export const touchesInWindow = <T extends Touch>(touches: readonly T[], conversionAt: number, days: number): T[] =>
  touches.filter((t) => t.at <= conversionAt && t.at >= conversionAt - days * DAY_MS).sort((a, b) => a.at - b.at)
