import type { CreditSettings } from '../attribution/credit/settings'
import type { LayerConfig } from '../growth/layers/config'
import type { Catalog } from './catalog'
import type { SizeInfo } from './people'
import type { Dice } from './random'
import type { Activity, PersonMetrics, Step } from './replay'
import type { HumanClick, PageView } from './touches'
import type { BufferedWriter, IdAllocator } from './writer'

/** Everything one run shares: the dice, the clock, what the rows point at, and where they go. */
export type GenContext = {
  d: Dice
  now: number
  start: number
  config: LayerConfig
  credit: CreditSettings
  catalog: Catalog
  ids: IdAllocator
  w: BufferedWriter
  seq: { event: number; click: number }
  /** Per distribution: deliveries sent. */
  sent: Map<number, number>
  /** Each subject's replayed final standing (`contact:<id>` / `account:<id>`), for the final placement. */
  replayed: Map<string, { layer: string | null; subTier: string | null; at: string }>
  stats: { events: number; humanClicks: number; botClicks: number; conversions: number; credits: number; transitions: number; transitionCredits: number; deliveries: number; contacts: number }
}

export type Group = { accountId: number | null; domain: string | null; size: SizeInfo; people: number }

export type Person = {
  id: number
  email: string
  anon: string[]
  userId: string
  signupAt: number
  pages: PageView[]
  clicks: HumanClick[]
  activities: Activity[]
  conversions: { id: number; event: string; at: number; revenue: number | null }[]
  metrics: PersonMetrics
  steps: Step[]
}
