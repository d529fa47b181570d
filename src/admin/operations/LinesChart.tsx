'use client'
import React from 'react'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { axisTick } from './AxisTick'
import { ChartFrame } from './ChartFrame'
import { colorOf, shortLabel, type ChartProps } from './chart-types'
import { FORMATS } from './format'

/** Date labels drawn at most on the time axis. */
const MAX_DATE_LABELS = 6

const dateTick = axisTick((v) => shortLabel(v, 10))
const valueTick = axisTick((v) => FORMATS.number(Number(v), 1))

/** One line per series over the category axis (dates): layer sizes, campaign series. No animation: screenshots see the final drawing. */
export const LinesChart: React.FC<ChartProps> = ({ name, title, data, xKey, series, empty, format = 'number', height = 280 }) => {
  const fmt = FORMATS[format]
  // A fixed interval: recharts does not measure labels to find one.
  const interval = Math.max(0, Math.ceil(data.length / MAX_DATE_LABELS) - 1)
  return (
    <ChartFrame name={name} title={title} points={series.length === 0 ? 0 : data.length} empty={empty}>
      <ResponsiveContainer width="100%" height={height} minWidth={200}>
        <LineChart data={data} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#8884" />
          <XAxis dataKey={xKey} tick={dateTick} interval={interval} />
          <YAxis width={56} tick={valueTick} interval={0} />
          <Tooltip formatter={(v) => fmt(Number(v))} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {series.map((s, i) => (
            <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={colorOf(s, i)} strokeWidth={2} dot={data.length <= 2} connectNulls isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}
