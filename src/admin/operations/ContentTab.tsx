import React from 'react'

import type { ContentView } from '../../operations/types'
import { BarsChart } from './BarsChart'
import { topBy } from './chart-data'
import { DataTable } from './DataTable'
import { grid } from './styles'
import { csvFor, type TabContext } from './tab-props'

/** Items drawn in the clicks chart (the table and CSV hold them all). */
export const CHART_ITEMS = 15

/** Each content item's distributions, human and bot clicks, leads, conversions, revenue, credited transitions and warnings. */
export const ContentTab: React.FC<{ data: ContentView; ctx: TabContext }> = ({ data, ctx }) => {
  const csv = csvFor('content', ctx)
  const rows = data.rows ?? []
  const clicked = topBy(
    rows.filter((r) => r.humanClicks + r.botClicks > 0),
    (r) => r.humanClicks + r.botClicks,
    CHART_ITEMS,
  )
  return (
    <>
      <div style={{ ...grid(600), marginTop: '1rem' }}>
        <BarsChart
          name="content-clicks"
          title={`Clicks per item, people and bots (top ${CHART_ITEMS})`}
          data={clicked.map((r) => ({ title: r.title, human: r.humanClicks, bot: r.botClicks }))}
          xKey="title"
          series={[
            { key: 'human', label: 'People', stackId: 'clicks', color: '#3b82f6' },
            { key: 'bot', label: 'Bots', stackId: 'clicks', color: '#9ca3af' },
          ]}
          horizontal
          empty="No clicks on content in this period — distribute content with tracked links, or pick a longer period."
        />
      </div>
      <DataTable
        name="content"
        title="Content"
        rows={rows}
        rowKey={(r) => `${r.collection}:${r.id}`}
        csv={csv('content')}
        limit={100}
        empty="No content yet — write a post or page under Collections, then distribute it."
        columns={[
          { label: 'Content', value: (r) => <a href={`${ctx.adminRoute}/collections/${r.collection}/${r.id}`}>{r.title}</a> },
          { label: 'Type', value: (r) => r.collection },
          { label: 'State', value: (r) => r.workflowState?.replace('_', ' ') ?? '—' },
          { label: 'Distributions', value: (r) => r.distributions, format: 'number' },
          { label: 'Human clicks', value: (r) => r.humanClicks, format: 'number' },
          { label: 'Bot clicks', value: (r) => r.botClicks, format: 'number' },
          { label: 'Leads', value: (r) => r.leads, format: 'number' },
          { label: 'Conversions', value: (r) => r.conversions, format: 'number' },
          { label: 'Revenue', value: (r) => r.revenue, format: 'money' },
          { label: 'Transitions', value: (r) => r.transitions, format: 'number' },
          {
            label: 'Warnings',
            value: (r) =>
              (r.warnings ?? []).length === 0 ? (
                ''
              ) : (
                <ul style={{ margin: 0, paddingLeft: '1rem' }}>
                  {r.warnings.map((w, i) => (
                    <li key={i} data-warning={w.kind} style={{ color: w.kind === 'broken-link' ? '#ef4444' : '#b45309' }}>
                      {w.message}
                    </li>
                  ))}
                </ul>
              ),
          },
        ]}
      />
    </>
  )
}
