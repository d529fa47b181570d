import React from 'react'

import { MODELS } from '../../attribution/models/credit'
import type { Overview } from '../../operations/types'
import { BarsChart } from './BarsChart'
import { layerLines, layerSeriesRows } from './chart-data'
import { LayerCards } from './LayerCards'
import { LinesChart } from './LinesChart'
import { OverviewTables } from './OverviewTables'
import { MODEL_LABELS } from './models'
import { grid, sectionTitle } from './styles'
import type { TabContext } from './tab-props'

/** Layers now and over time, the funnel, top content, channels' costs, how credit shifts between models, recent moves. */
export const OverviewTab: React.FC<{ data: Overview; ctx: TabContext }> = ({ data, ctx }) => {
  const layers = data.layers ?? []
  const series = data.layerSeries ?? []
  const funnel = data.funnel ?? []
  const top = data.topContent ?? []
  const channels = data.channels ?? []
  const costed = channels.filter((c) => c.costPerLead != null || c.costPerAcquisition != null)
  const shift = data.modelShift ?? []
  return (
    <>
      <h2 style={sectionTitle}>Growth layers</h2>
      <LayerCards layers={layers} />
      <div style={grid(440)}>
        <LinesChart
          name="layer-sizes"
          title="Contacts per layer"
          data={layerSeriesRows(series)}
          xKey="date"
          series={layerLines(layers, series)}
          empty="No layer history in this period — run “Recompute layers” below, or pick a longer period."
        />
        <BarsChart
          name="funnel"
          title="Funnel (contacts in the layer or above)"
          data={funnel.map((f) => ({ name: f.name, contacts: f.contacts }))}
          xKey="name"
          series={[{ key: 'contacts', label: 'Contacts' }]}
          empty="No contacts in layers yet — import contacts or run “Recompute layers” below."
        />
        <BarsChart
          name="top-content"
          title="Top content by conversions"
          data={top.map((t) => ({ title: t.title, conversions: t.conversions }))}
          xKey="title"
          series={[{ key: 'conversions', label: 'Conversions', color: '#10b981' }]}
          horizontal
          empty="No content converted in this period — distribute content with tracked links, or pick a longer period."
        />
        {costed.length > 0 ? (
          <BarsChart
            name="channels"
            title="Cost per lead and per acquisition"
            data={costed.map((c) => ({ label: c.label, costPerLead: c.costPerLead, costPerAcquisition: c.costPerAcquisition }))}
            xKey="label"
            series={[
              { key: 'costPerLead', label: 'Cost per lead' },
              { key: 'costPerAcquisition', label: 'Cost per acquisition', color: '#f59e0b' },
            ]}
            format="money"
            empty="No channel costs in this period — give campaigns a budget to compare what leads and customers cost."
          />
        ) : (
          // Without costs there is nothing to divide: show what each channel brought, and say how to get costs.
          <BarsChart
            name="channels"
            title="Leads and acquisitions per channel (no costs recorded — give campaigns a budget to see cost per lead)"
            data={channels.filter((c) => c.leads + c.acquisitions > 0).map((c) => ({ label: c.label, leads: c.leads, acquisitions: c.acquisitions }))}
            xKey="label"
            series={[
              { key: 'leads', label: 'Leads' },
              { key: 'acquisitions', label: 'Acquisitions', color: '#10b981' },
            ]}
            empty="No leads or customers credited to a channel in this period — send a distribution with tracked links, or pick a longer period."
          />
        )}
      </div>
      <BarsChart
        name="model-shift"
        title="Conversions per channel under each model"
        data={shift.map((s) => ({ label: s.label, ...s.byModel }))}
        xKey="label"
        series={MODELS.map((m) => ({ key: m, label: MODEL_LABELS[m] }))}
        height={320}
        empty="No conversions credited to channels yet — conversions appear once tracked visitors sign up or buy."
      />
      <h2 style={sectionTitle}>Tables</h2>
      <OverviewTables data={data} ctx={ctx} />
    </>
  )
}
