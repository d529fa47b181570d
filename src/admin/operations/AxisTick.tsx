import React from 'react'

type Anchor = 'start' | 'middle' | 'end'
type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown }; textAnchor?: Anchor | 'inherit'; verticalAnchor?: Anchor }

const DY: Record<Anchor, string> = { start: '0.71em', middle: '0.355em', end: '0' }

/**
 * An axis label as a plain SVG <text>. Recharts' own tick text measures every label in the DOM (a forced layout of
 * the whole page per label), which on a page of tables took seconds; these labels are cut to length instead.
 * `angle` turns category labels so that many fit under their bars.
 */
export const axisTick =
  (format: (value: unknown) => string, angle = 0) =>
  ({ x = 0, y = 0, payload, textAnchor = 'middle', verticalAnchor = 'middle' }: TickProps): React.ReactElement => (
    <text
      x={x}
      y={y}
      dy={DY[verticalAnchor] ?? '0.355em'}
      textAnchor={angle ? 'end' : textAnchor}
      transform={angle ? `rotate(${angle}, ${x}, ${y})` : undefined}
      fontSize={11}
      fill="#6b7280"
    >
      {format(payload?.value)}
    </text>
  )
