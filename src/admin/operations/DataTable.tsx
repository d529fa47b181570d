import React from 'react'

import { Empty } from './Empty'
import { FORMATS, type FormatName } from './format'
import { card } from './styles'

export type Column<R> = {
  label: string
  /** The cell: a number (formatted with `format`), text, or any element. */
  value: (row: R) => React.ReactNode
  format?: FormatName
}

type Props<R> = {
  /** The table's name in test ids (`table-<name>`, `csv-<name>`, `empty-<name>`). */
  name: string
  title: string
  columns: Column<R>[]
  rows: readonly R[]
  rowKey: (row: R) => string
  /** The CSV export of the same table and query. */
  csv: string
  /** What to do when the table is empty. */
  empty: string
  /** Rows shown; the CSV holds them all. */
  limit?: number
  /** Space below (off inside a grid, which spaces its cards). */
  spaced?: boolean
}

const cellStyle: React.CSSProperties = { padding: '0.35rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-100)', textAlign: 'left', verticalAlign: 'top' }
const numeric: React.CSSProperties = { ...cellStyle, textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }

const render = <R,>(column: Column<R>, row: R): React.ReactNode => {
  const v = column.value(row)
  // Text in a number column (e.g. "not computed") is shown as it is; a missing number as a dash.
  if (column.format) return typeof v === 'string' ? v : FORMATS[column.format](typeof v === 'number' ? v : null)
  return v ?? '—'
}

/** A table of one view's rows (`<tr data-key>` per row) with its CSV export, or what to do next when it is empty. */
export const DataTable = <R,>({ name, title, columns, rows, rowKey, csv, empty, limit = 50, spaced = true }: Props<R>) => (
  // Layout containment: charts measuring their size do not make the browser lay out every table again.
  <section style={{ ...card, marginBottom: spaced ? '1.5rem' : 0, contain: 'layout style' }} aria-label={title}>
    <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', gap: '1rem', marginBottom: '0.5rem' }}>
      <h3 style={{ margin: 0, fontSize: '1rem' }}>{title}</h3>
      <a data-testid={`csv-${name}`} href={csv} download>
        Export CSV
      </a>
    </header>
    {rows.length === 0 ? (
      <Empty name={name}>{empty}</Empty>
    ) : (
      <div style={{ overflowX: 'auto' }}>
        <table data-testid={`table-${name}`} style={{ width: '100%', borderCollapse: 'collapse', fontSize: '0.875rem' }}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.label} scope="col" style={{ ...(c.format ? numeric : cellStyle), fontWeight: 600, color: 'var(--theme-elevation-700)' }}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((row, i) => (
              <tr key={`${rowKey(row)}#${i}`} data-key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.label} style={c.format ? numeric : cellStyle}>
                    {render(c, row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > limit && (
          <p style={{ margin: '0.5rem 0 0', color: 'var(--theme-elevation-600)' }}>
            Showing {limit} of {rows.length} rows; the CSV has them all.
          </p>
        )}
      </div>
    )}
  </section>
)
