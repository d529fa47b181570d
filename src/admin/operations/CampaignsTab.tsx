import React from 'react'

import type { CampaignsView, Series } from '../../operations/types'
import { BarsChart } from './BarsChart'
import { mergeSeries, topBy } from './chart-data'
import { ChannelsTable } from './ChannelsTable'
import { DataTable } from './DataTable'
import { formatDate } from './format'
import { LinesChart } from './LinesChart'
import { grid, sectionTitle } from './styles'
import { csvFor, type TabContext } from './tab-props'

/** Campaign lines drawn at most (the busiest); the tables and CSV hold them all. */
export const MAX_LINES = 8

type SeriesRow = { key: string; label: string; date: string; humanClicks: number; conversions: number; revenue: number }
const flatten = (series: readonly Series[]): SeriesRow[] => series.flatMap((s) => s.points.map((p) => ({ key: s.key, label: s.label, ...p })))
const seriesTotal = (s: Series) => s.points.reduce((n, p) => n + p.humanClicks + p.conversions, 0)

/** Campaigns and channels side by side: clicks over time, budget against revenue, channels compared, and their tables. */
export const CampaignsTab: React.FC<{ data: CampaignsView; ctx: TabContext }> = ({ data, ctx }) => {
  const csv = csvFor('campaigns', ctx)
  const campaigns = data.campaigns ?? []
  const channels = data.channels ?? []
  const campaignSeries = topBy(data.campaignSeries ?? [], seriesTotal, MAX_LINES).filter((s) => s.points.length > 0)
  const withMoney = campaigns.filter((c) => c.budget != null || c.revenue !== 0)
  const seriesColumns = [
    { label: 'Series', value: (r: SeriesRow) => r.label },
    { label: 'Date', value: (r: SeriesRow) => formatDate(r.date) },
    { label: 'Human clicks', value: (r: SeriesRow) => r.humanClicks, format: 'number' as const },
    { label: 'Conversions', value: (r: SeriesRow) => r.conversions, format: 'number' as const },
    { label: 'Revenue', value: (r: SeriesRow) => r.revenue, format: 'money' as const },
  ]
  return (
    <>
      <div style={{ ...grid(440), marginTop: '1rem' }}>
        <LinesChart
          name="campaign-series"
          title="Human clicks per campaign"
          data={mergeSeries(campaignSeries, 'humanClicks')}
          xKey="date"
          series={campaignSeries.map((s) => ({ key: s.key, label: s.label }))}
          empty="No campaign activity in this period — tag distributions with a campaign, or pick a longer period."
        />
        <BarsChart
          name="spend-results"
          title="Budget and revenue per campaign"
          data={withMoney.map((c) => ({ label: c.label, budget: c.budget, revenue: c.revenue }))}
          xKey="label"
          series={[
            { key: 'budget', label: 'Budget (spend)', color: '#f59e0b' },
            { key: 'revenue', label: 'Revenue', color: '#10b981' },
          ]}
          format="money"
          horizontal
          empty="No campaign has a budget or revenue in this period — give campaigns a budget to compare spend and results."
        />
      </div>
      <BarsChart
        name="channel-compare"
        title="Channels compared: leads, acquisitions, conversions"
        data={channels.map((c) => ({ label: c.label, leads: c.leads, acquisitions: c.acquisitions, conversions: c.conversions }))}
        xKey="label"
        series={[
          { key: 'leads', label: 'Leads' },
          { key: 'acquisitions', label: 'Acquisitions', color: '#10b981' },
          { key: 'conversions', label: 'All conversions', color: '#8b5cf6' },
        ]}
        empty="No channel activity in this period — send a distribution or share a tracked link."
      />
      <h2 style={sectionTitle}>Tables</h2>
      <DataTable
        name="campaigns"
        title="Campaigns"
        rows={campaigns}
        rowKey={(c) => c.key}
        csv={csv('campaigns')}
        empty="No campaigns in this period — create one under Campaigns and tag distributions with it."
        columns={[
          { label: 'Campaign', value: (c) => c.label },
          { label: 'Status', value: (c) => c.status ?? '—' },
          { label: 'Budget', value: (c) => c.budget, format: 'money' },
          { label: 'Human clicks', value: (c) => c.humanClicks, format: 'number' },
          { label: 'Leads', value: (c) => c.leads, format: 'number' },
          { label: 'Conversions', value: (c) => c.conversions, format: 'number' },
          { label: 'Revenue', value: (c) => c.revenue, format: 'money' },
          { label: 'Per conversion', value: (c) => c.costPerConversion, format: 'money' },
          { label: 'ROI', value: (c) => c.roi, format: 'percent' },
        ]}
      />
      <ChannelsTable rows={channels} csv={csv('channels')} />
      <div style={grid(440)}>
        <DataTable
          name="campaign-series"
          spaced={false}
          title="Campaigns over time"
          rows={flatten(data.campaignSeries ?? [])}
          rowKey={(r) => `${r.key}:${r.date.slice(0, 10)}`}
          csv={csv('campaign-series')}
          limit={20}
          empty="No campaign activity in this period."
          columns={seriesColumns}
        />
        <DataTable
          name="channel-series"
          spaced={false}
          title="Channels over time"
          rows={flatten(data.channelSeries ?? [])}
          rowKey={(r) => `${r.key}:${r.date.slice(0, 10)}`}
          csv={csv('channel-series')}
          limit={20}
          empty="No channel activity in this period."
          columns={seriesColumns}
        />
      </div>
    </>
  )
}
