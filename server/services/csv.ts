/** A cell: text is neutralised and quoted as needed, numbers are written as they are, null is an empty cell. */
export type CsvCell = string | number | null

/** The separators a gradebook may use: `,` (RFC 4180) or `;` (Excel in locales with a decimal comma). */
export type CsvSeparator = ',' | ';'

/** Characters that make a spreadsheet read a cell as a formula (or, for tab and CR, hide one). */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One CSV cell (RFC 4180): text starting like a formula gets a leading `'` so Excel, LibreOffice and Sheets show
 * it as text instead of running it; cells holding a quote, the separator or a line break are quoted, quotes doubled.
 */
export function csvCell(value: CsvCell, sep: CsvSeparator = ','): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  const needsQuotes = /["\r\n]/.test(text) || text.includes(sep)
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV file: a UTF-8 byte-order mark (so Excel reads the names right), CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  sep: CsvSeparator = ',',
): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell, sep)).join(sep))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
