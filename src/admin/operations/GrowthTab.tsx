import React from 'react'

import type { GrowthView } from '../../operations/types'
import { BarsChart } from './BarsChart'
import { DataTable } from './DataTable'
import { formatNumber } from './format'
import { MyProgress } from './MyProgress'
import { grid, sectionTitle } from './styles'
import { csvFor, type TabContext } from './tab-props'

/** The team's growth: my progress, every member's level, the period's ranking and open tasks. */
export const GrowthTab: React.FC<{ data: GrowthView; ctx: TabContext }> = ({ data, ctx }) => {
  const csv = csvFor('growth', ctx)
  const members = data.members ?? []
  const ranking = data.ranking ?? []
  const tasks = data.openTasks ?? []
  return (
    <>
      <div style={{ marginTop: '1rem' }} />
      <MyProgress me={data.me ?? null} />
      <BarsChart
        name="levels"
        title="Level per member"
        data={members.map((m) => ({ name: m.name, level: m.level }))}
        xKey="name"
        series={[{ key: 'level', label: 'Level', color: '#8b5cf6' }]}
        empty="No team members with growth yet — add users with a team role; they earn value by shipping content."
      />
      <h2 style={sectionTitle}>Tables</h2>
      <DataTable
        name="members"
        title="Members"
        rows={members}
        rowKey={(m) => String(m.userId)}
        csv={csv('members')}
        empty="No team members yet — invite users with the editor, reviewer or marketer role."
        columns={[
          { label: 'Member', value: (m) => m.name },
          { label: 'Team', value: (m) => m.team ?? '—' },
          { label: 'Level', value: (m) => m.level, format: 'number' },
          { label: 'Value', value: (m) => m.value, format: 'number' },
          { label: 'Title', value: (m) => m.title ?? '—' },
          { label: 'Medals', value: (m) => m.medals, format: 'number' },
          { label: 'Open tasks', value: (m) => m.openTasks, format: 'number' },
        ]}
      />
      <div style={grid(440)}>
        <DataTable
          name="ranking"
          spaced={false}
          title="Ranking in the period"
          rows={ranking}
          rowKey={(r) => String(r.userId)}
          csv={csv('ranking')}
          empty="Nobody earned growth value in this period — pick a longer period."
          columns={[
            { label: '#', value: (r) => r.rank, format: 'number' },
            { label: 'Member', value: (r) => r.name },
            { label: 'Value', value: (r) => r.value, format: 'number' },
            { label: 'Level', value: (r) => r.level, format: 'number' },
            { label: 'Title', value: (r) => r.title ?? '—' },
          ]}
        />
        <DataTable
          name="open-tasks"
          spaced={false}
          title="Open tasks"
          rows={tasks}
          rowKey={(t) => `${t.userId}:${t.task.id}`}
          csv={csv('open-tasks')}
          empty="No open tasks — add growth tasks under Growth tasks."
          columns={[
            { label: 'Member', value: (t) => t.name },
            { label: 'Task', value: (t) => t.task.title },
            { label: 'Progress', value: (t) => `${formatNumber(t.task.progress)}/${formatNumber(t.task.target)}` },
            { label: 'Reward', value: (t) => t.task.reward, format: 'number' },
          ]}
        />
      </div>
    </>
  )
}
