/** One CSV column: its header and how to read the cell from a row. */
export type CsvColumn<R> = { header: string; value: (row: R) => unknown }

/** Cells a spreadsheet would run as a formula start with one of these; they get a leading apostrophe. */
const FORMULA = /^[=+\-@\t\r]/

const cell = (value: unknown): string => {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  let s = value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)
  // Numbers are written as they are (a negative net is not a formula); text that looks like one is defused.
  if (FORMULA.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** Rows as CSV (RFC 4180: CRLF line ends, quotes doubled inside quoted cells), guarded against formula injection. */
export const toCsv = <R>(columns: readonly CsvColumn<R>[], rows: readonly R[]): string =>
  [columns.map((c) => cell(c.header)).join(','), ...rows.map((r) => columns.map((c) => cell(c.value(r))).join(','))].join('\r\n') + '\r\n'
