import React from 'react'

import { MODELS } from '../../attribution/models/credit'
import type { Overview } from '../../operations/types'
import { ChannelsTable } from './ChannelsTable'
import { DataTable } from './DataTable'
import { formatDateTime } from './format'
import { MODEL_LABELS } from './models'
import { grid } from './styles'
import { csvFor, type TabContext } from './tab-props'

/** The overview's tables, each with its CSV export: layers, funnel, top content, channels, conversions by model, recent moves. */
export const OverviewTables: React.FC<{ data: Overview; ctx: TabContext }> = ({ data, ctx }) => {
  const csv = csvFor('overview', ctx)
  const layers = data.layers ?? []
  const funnel = data.funnel ?? []
  const top = data.topContent ?? []
  const channels = data.channels ?? []
  const shift = data.modelShift ?? []
  const moves = data.recentMoves ?? []
  const layerName = new Map(layers.map((l) => [l.slug, l.name]))
  const href = (collection: string, id: number) => `${ctx.adminRoute}/collections/${collection}/${id}`
  return (
    <>
      <div style={grid(440)}>
        <DataTable
          name="layers"
          spaced={false}
          title="Layers"
          rows={layers}
          rowKey={(l) => l.slug}
          csv={csv('layers')}
          empty="No growth layers yet — run “Recompute layers”."
          columns={[
            { label: 'Layer', value: (l) => l.name },
            { label: 'Contacts', value: (l) => l.size, format: 'number' },
            { label: 'Entered', value: (l) => l.entered, format: 'number' },
            { label: 'Left', value: (l) => l.left, format: 'number' },
            { label: 'Net', value: (l) => l.net, format: 'number' },
          ]}
        />
        <DataTable
          name="funnel"
          spaced={false}
          title="Funnel"
          rows={funnel}
          rowKey={(f) => f.slug}
          csv={csv('funnel')}
          empty="No contacts in layers yet."
          columns={[
            { label: 'Step', value: (f) => f.name },
            { label: 'Contacts', value: (f) => f.contacts, format: 'number' },
            { label: 'From previous', value: (f) => f.conversionFromPrevious, format: 'percent' },
          ]}
        />
      </div>
      <DataTable
        name="top-content"
        title="Top content"
        rows={top}
        rowKey={(t) => `${t.collection}:${t.id}`}
        csv={csv('top-content')}
        empty="No content converted in this period — distribute content with tracked links."
        columns={[
          { label: 'Content', value: (t) => <a href={href(t.collection, t.id)}>{t.title}</a> },
          { label: 'Type', value: (t) => t.collection },
          { label: 'Conversions', value: (t) => t.conversions, format: 'number' },
          { label: 'Revenue', value: (t) => t.revenue, format: 'money' },
          { label: 'Human clicks', value: (t) => t.humanClicks, format: 'number' },
        ]}
      />
      <ChannelsTable rows={channels} csv={csv('channels')} />
      <DataTable
        name="model-shift"
        title="Conversions by model"
        rows={shift}
        rowKey={(s) => s.key}
        csv={csv('model-shift')}
        empty="No conversions credited to channels yet."
        columns={[{ label: 'Channel', value: (s) => s.label }, ...MODELS.map((m) => ({ label: MODEL_LABELS[m], value: (s: (typeof shift)[number]) => s.byModel[m], format: 'number' as const }))]}
      />
      <DataTable
        name="recent-moves"
        title="Recent moves between layers"
        rows={moves}
        rowKey={(m) => `${m.subject}:${m.who}:${m.to}`}
        csv={csv('recent-moves')}
        empty="No contact or account moved between layers yet — run “Recompute layers” after new activity."
        columns={[
          { label: 'When', value: (m) => formatDateTime(m.at) },
          { label: 'Who', value: (m) => `${m.who} (${m.subject})` },
          { label: 'From', value: (m) => (m.from ? (layerName.get(m.from) ?? m.from) : '—') },
          { label: 'To', value: (m) => layerName.get(m.to) ?? m.to },
          { label: 'Trigger', value: (m) => m.trigger },
        ]}
      />
    </>
  )
}
