import React from 'react'

import type { ChannelRow } from '../../operations/types'
import { DataTable } from './DataTable'

/** The channels table of the overview and of campaigns & channels: clicks, credited results, cost per result, ROI and NPS. */
export const ChannelsTable: React.FC<{ rows: readonly ChannelRow[]; csv: string }> = ({ rows, csv }) => (
  <DataTable
    name="channels"
    title="Channels"
    rows={[...rows]}
    rowKey={(c) => c.key}
    csv={csv}
    empty="No channel activity in this period — send a distribution or share a tracked link."
    columns={[
      { label: 'Channel', value: (c) => c.label },
      { label: 'Human clicks', value: (c) => c.humanClicks, format: 'number' },
      { label: 'Leads', value: (c) => c.leads, format: 'number' },
      { label: 'Acquisitions', value: (c) => c.acquisitions, format: 'number' },
      { label: 'Conversions', value: (c) => c.conversions, format: 'number' },
      { label: 'Revenue', value: (c) => c.revenue, format: 'money' },
      { label: 'Cost', value: (c) => c.cost, format: 'money' },
      { label: 'Per lead', value: (c) => c.costPerLead, format: 'money' },
      { label: 'Per acquisition', value: (c) => c.costPerAcquisition, format: 'money' },
      { label: 'ROI', value: (c) => c.roi, format: 'percent' },
      // NPS reads the period's events: skipped for busy periods (src/operations/nps.ts).
      { label: 'NPS', value: (c) => (c.npsOmitted ? 'not computed' : c.nps), format: 'number' },
    ]}
  />
)
