/** A CSV cell: text, a number, or `null` for an empty cell. */
export type CsvCell = string | number | null

/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * Writes rows as CSV per RFC 4180: fields separated by commas, records ended by CRLF (the last
 * one too), and a field quoted with `"` (inner quotes doubled) when it holds a comma, a quote, CR
 * or LF. Numbers are written in JavaScript's shortest round-trip form, `null` and non-finite
 * numbers as an empty field. A text cell that a spreadsheet would take for a formula (starting
 * with =, +, -, @, tab or CR) is prefixed with `'`, as OWASP advises; numbers are never altered.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('')
}

/** One field of {@link toCsv}: quoted when needed, guarded against formulas. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}
