/**
 * The operations dashboard's data (/admin/operations and GET /api/operations/:view): one shape per view,
 * computed on the server from the rollups, transitions and ledger; the admin views render exactly these.
 */
import type { Model } from '../attribution/models/credit'
import type { CalendarItem } from '../calendar/list-scheduled'
import type { DistributionCalendarItem } from '../calendar/list-distributions'
import type { MyGrowth } from '../growth/team/my-growth'
import type { RankingRow } from '../growth/team/ranking'
import type { TaskView } from '../growth/team/tasks'

export const VIEWS = ['overview', 'content', 'campaigns', 'calendars', 'growth'] as const
export type ViewName = (typeof VIEWS)[number]
export const INTERVALS = ['day', 'week'] as const
export type Interval = (typeof INTERVALS)[number]

/** What every view is asked for (query string `from`, `to`, `model`, `interval`; defaults: the last 30 days, LINEAR, day). */
export type OperationsQuery = { from: Date; to: Date; model: Model; interval: Interval }
/** The query as the view answers it (ISO dates). */
export type Period = { from: string; to: string; model: Model; interval: Interval }

// ---------- overview ----------
export type LayerCard = {
  slug: string
  name: string
  rank: number
  /** Contacts in the layer now. */
  size: number
  /** Contacts that entered / left it in the period, and the difference. */
  entered: number
  left: number
  net: number
}
/** One date of the layer-size series: `sizes[slug]` = contacts in that layer at the end of the date. */
export type LayerSeriesPoint = { date: string; sizes: Record<string, number> }
/** general value → potential development → heavy retention → paying: contacts in the layer or above. */
export type FunnelStep = { slug: string; name: string; contacts: number; conversionFromPrevious: number | null }
export type TopContentRow = { key: string; collection: string; id: number; title: string; conversions: number; revenue: number; humanClicks: number }
export type ChannelRow = {
  key: string
  label: string
  humanClicks: number
  /** Credited under the query's model: `lead` conversions, `purchase` conversions, all conversions. */
  leads: number
  acquisitions: number
  conversions: number
  revenue: number
  cost: number | null
  costPerLead: number | null
  costPerAcquisition: number | null
  roi: number | null
  nps: number | null
  npsResponses: number
  /** Set when NPS was not computed: the period holds too many events to read on this page (src/operations/nps.ts). */
  npsOmitted?: boolean
}
/** Conversions credited to each channel under each of the six models (how credit shifts between them). */
export type ModelShiftRow = { key: string; label: string; byModel: Record<Model, number> }
export type RecentMove = { at: string; subject: 'contact' | 'account'; who: string; from: string | null; to: string; trigger: string }
export type Overview = {
  period: Period
  layers: LayerCard[]
  layerSeries: LayerSeriesPoint[]
  funnel: FunnelStep[]
  topContent: TopContentRow[]
  channels: ChannelRow[]
  modelShift: ModelShiftRow[]
  recentMoves: RecentMove[]
}

// ---------- content ----------
export type ContentWarning = { kind: 'stale' | 'broken-link'; message: string }
export type ContentRow = {
  key: string
  collection: string
  id: number
  title: string
  workflowState: string | null
  distributions: number
  humanClicks: number
  botClicks: number
  leads: number
  conversions: number
  revenue: number
  /** Layer transitions credited to it under the model. */
  transitions: number
  warnings: ContentWarning[]
}
export type ContentView = { period: Period; rows: ContentRow[] }

// ---------- campaigns and channels ----------
export type SeriesPoint = { date: string; humanClicks: number; conversions: number; revenue: number }
export type Series = { key: string; label: string; points: SeriesPoint[] }
export type CampaignRow = {
  key: string
  label: string
  status: string | null
  budget: number | null
  humanClicks: number
  leads: number
  conversions: number
  revenue: number
  costPerConversion: number | null
  roi: number | null
}
export type CampaignsView = { period: Period; campaignSeries: Series[]; channelSeries: Series[]; campaigns: CampaignRow[]; channels: ChannelRow[] }

// ---------- calendars ----------
export type CalendarsView = { period: Period; month: string; items: (CalendarItem | DistributionCalendarItem)[] }

// ---------- growth ----------
export type MemberLevel = { userId: number; name: string; team: string | null; level: number; value: number; title: string | null; medals: number; openTasks: number }
export type OpenTask = { userId: number; name: string; task: TaskView }
export type GrowthView = {
  period: Period
  members: MemberLevel[]
  ranking: RankingRow[]
  openTasks: OpenTask[]
  /** The signed-in user's own growth, and the next privilege they would unlock (null when all are). */
  me: (MyGrowth & { nextPrivilege: { privilege: string; level: number } | null }) | null
}

// ---------- long work ----------
export type WorkKind = 'recompute-layers' | 'recompute-attribution' | 'recompute-growth' | 'credit-transitions' | 'send' | 'import' | 'export' | 'other'
export type WorkItem = {
  id: string
  kind: WorkKind
  label: string
  state: 'queued' | 'running' | 'failed' | 'done'
  done: number | null
  total: number | null
  startedAt: string | null
  finishedAt: string | null
  error: string | null
}

export type ViewData = { overview: Overview; content: ContentView; campaigns: CampaignsView; calendars: CalendarsView; growth: GrowthView }
