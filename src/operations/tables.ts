import { MODELS } from '../attribution/models/credit'
import { toCsv, type CsvColumn } from '../csv/to-csv'
import type { ChannelRow, Series, ViewData, ViewName } from './types'

/** The tables of each view (names in CSV URLs and test ids). */
export const viewTables = {
  overview: ['layers', 'funnel', 'top-content', 'channels', 'model-shift', 'recent-moves'],
  content: ['content'],
  campaigns: ['campaigns', 'channels', 'campaign-series', 'channel-series'],
  calendars: ['calendar'],
  growth: ['members', 'ranking', 'open-tasks'],
} as const satisfies { [V in ViewName]: readonly string[] }

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Table = { columns: CsvColumn<any>[]; rows: (data: any) => unknown[] }

/** Columns named after the row fields. */
const fields = <R>(...names: (keyof R & string)[]): CsvColumn<R>[] => names.map((n) => ({ header: n, value: (r: R) => r[n] }))

const channelTable: Table = {
  columns: fields<ChannelRow>('key', 'label', 'humanClicks', 'leads', 'acquisitions', 'conversions', 'revenue', 'cost', 'costPerLead', 'costPerAcquisition', 'roi', 'nps', 'npsResponses'),
  rows: (d: { channels: ChannelRow[] }) => d.channels,
}

type SeriesRow = { key: string; label: string; date: string; humanClicks: number; conversions: number; revenue: number }
const seriesTable = (pick: (d: ViewData['campaigns']) => Series[]): Table => ({
  columns: fields<SeriesRow>('key', 'label', 'date', 'humanClicks', 'conversions', 'revenue'),
  rows: (d: ViewData['campaigns']) => pick(d).flatMap((s) => s.points.map((p) => ({ key: s.key, label: s.label, ...p }))),
})

type CalendarRow = ViewData['calendars']['items'][number]

const TABLES: { [V in ViewName]: Record<(typeof viewTables)[V][number], Table> } = {
  overview: {
    layers: { columns: fields('slug', 'name', 'rank', 'size', 'entered', 'left', 'net'), rows: (d: ViewData['overview']) => d.layers },
    funnel: { columns: fields('slug', 'name', 'contacts', 'conversionFromPrevious'), rows: (d: ViewData['overview']) => d.funnel },
    'top-content': { columns: fields('key', 'collection', 'id', 'title', 'conversions', 'revenue', 'humanClicks'), rows: (d: ViewData['overview']) => d.topContent },
    channels: channelTable,
    'model-shift': {
      columns: [...fields('key', 'label'), ...MODELS.map((m) => ({ header: m, value: (r: ViewData['overview']['modelShift'][number]) => r.byModel[m] }))],
      rows: (d: ViewData['overview']) => d.modelShift,
    },
    'recent-moves': { columns: fields('at', 'subject', 'who', 'from', 'to', 'trigger'), rows: (d: ViewData['overview']) => d.recentMoves },
  },
  content: {
    content: {
      columns: [
        ...fields('key', 'collection', 'id', 'title', 'workflowState', 'distributions', 'humanClicks', 'botClicks', 'leads', 'conversions', 'revenue', 'transitions'),
        { header: 'warnings', value: (r: ViewData['content']['rows'][number]) => r.warnings.map((w) => w.message).join('; ') },
      ],
      rows: (d: ViewData['content']) => d.rows,
    },
  },
  campaigns: {
    campaigns: {
      columns: fields('key', 'label', 'status', 'budget', 'humanClicks', 'leads', 'conversions', 'revenue', 'costPerConversion', 'roi'),
      rows: (d: ViewData['campaigns']) => d.campaigns,
    },
    channels: channelTable,
    'campaign-series': seriesTable((d) => d.campaignSeries),
    'channel-series': seriesTable((d) => d.channelSeries),
  },
  calendars: {
    calendar: {
      columns: [
        { header: 'kind', value: (r: CalendarRow) => ('kind' in r ? r.kind : r.collection) },
        { header: 'id', value: (r: CalendarRow) => r.id },
        { header: 'title', value: (r: CalendarRow) => r.title },
        { header: 'at', value: (r: CalendarRow) => r.at },
        { header: 'action', value: (r: CalendarRow) => ('kind' in r ? 'send' : r.action) },
        { header: 'status', value: (r: CalendarRow) => ('kind' in r ? r.status : r.state) },
        { header: 'channels', value: (r: CalendarRow) => ('kind' in r ? r.channels.map((c) => c.name).join('; ') : '') },
        { header: 'sent', value: (r: CalendarRow) => ('kind' in r ? r.sentCount : null) },
        { header: 'total', value: (r: CalendarRow) => ('kind' in r ? r.totalCount : null) },
      ],
      rows: (d: ViewData['calendars']) => d.items,
    },
  },
  growth: {
    members: { columns: fields('userId', 'name', 'team', 'level', 'value', 'title', 'medals', 'openTasks'), rows: (d: ViewData['growth']) => d.members },
    ranking: {
      columns: [
        ...fields<ViewData['growth']['ranking'][number]>('rank', 'userId', 'name', 'team', 'value', 'level', 'title', 'reachedAt'),
        { header: 'medals', value: (r: ViewData['growth']['ranking'][number]) => r.medals.length },
      ],
      rows: (d: ViewData['growth']) => d.ranking,
    },
    'open-tasks': {
      columns: [
        ...fields<ViewData['growth']['openTasks'][number]>('userId', 'name'),
        ...(['id', 'title', 'kind', 'progress', 'target', 'reward', 'period'] as const).map((f) => ({ header: f === 'id' ? 'taskId' : f === 'title' ? 'task' : f, value: (r: ViewData['growth']['openTasks'][number]) => r.task[f] })),
      ],
      rows: (d: ViewData['growth']) => d.openTasks,
    },
  },
}

/** Whether a view has a table of that name. */
export const isTable = (view: ViewName, table: string): boolean => (viewTables[view] as readonly string[]).includes(table)

/** One table of a view's data as CSV; undefined for a table the view does not have. */
export const tableCsv = <V extends ViewName>(view: V, table: string, data: ViewData[V]): string | undefined => {
  if (!isTable(view, table)) return undefined
  const t = (TABLES[view] as Record<string, Table>)[table]
  return toCsv(t.columns, t.rows(data))
}
