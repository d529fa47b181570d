'use client'
import React from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { axisTick } from './AxisTick'
import { ChartFrame } from './ChartFrame'
import { colorOf, shortLabel, type ChartProps } from './chart-types'
import { FORMATS } from './format'

type Props = ChartProps & {
  /** Horizontal bars with the labels down the side (long titles). */
  horizontal?: boolean
}

/** Up to this many categories get straight labels; more get turned ones. */
const STRAIGHT_LABELS = 5
/** Turned labels drawn at most (every n-th beyond). */
const MAX_LABELS = 24

const valueTick = axisTick((v) => FORMATS.number(Number(v), 1))
const sideTick = axisTick((v) => shortLabel(v, 28))
const straightTick = axisTick((v) => shortLabel(v, 24))
const turnedTick = axisTick((v) => shortLabel(v, 16), -30)

/**
 * Bars per category: one bar per series side by side (grouped), or stacked when series share a `stackId`.
 * No animation: screenshots see the final drawing. Fixed label intervals: recharts does not measure labels.
 */
export const BarsChart: React.FC<Props> = ({ name, title, data, xKey, series, empty, format = 'number', height, horizontal = false }) => {
  const fmt = FORMATS[format]
  const turned = data.length > STRAIGHT_LABELS
  const h = height ?? (horizontal ? Math.max(220, 40 + data.length * (series.length > 1 ? 34 : 26)) : turned ? 320 : 280)
  return (
    <ChartFrame name={name} title={title} points={series.length === 0 ? 0 : data.length} empty={empty}>
      <ResponsiveContainer width="100%" height={h} minWidth={200}>
        <BarChart data={data} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: horizontal ? 36 : 16, bottom: 8, left: turned && !horizontal ? 24 : 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#8884" />
          {horizontal ? (
            <XAxis type="number" tick={valueTick} interval={0} />
          ) : (
            <XAxis dataKey={xKey} tick={turned ? turnedTick : straightTick} interval={Math.max(0, Math.ceil(data.length / MAX_LABELS) - 1)} height={turned ? 80 : 30} />
          )}
          {horizontal ? <YAxis type="category" dataKey={xKey} width={190} tick={sideTick} interval={0} /> : <YAxis width={56} tick={valueTick} interval={0} />}
          <Tooltip formatter={(v) => fmt(Number(v))} />
          {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />}
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={colorOf(s, i)} stackId={s.stackId} maxBarSize={56} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  )
}
