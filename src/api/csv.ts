/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break, inner quotes doubled. A
 * text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading apostrophe, so an
 * exported evidence sentence can never execute on the analyst's machine; numbers are written as they are.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return ''
  let text = Array.isArray(value) ? value.join(';') : String(value)
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A CSV text with a header row, CRLF line ends (RFC 4180) and one row per record, columns in header order. */
export function toCsv(columns: readonly string[], records: readonly Readonly<Record<string, unknown>>[]): string {
  return (
    csvLine(columns, Object.fromEntries(columns.map((c) => [c, c]))) + records.map((r) => csvLine(columns, r)).join('')
  )
}

/** One CSV line of a record, columns in header order, with its CRLF end: a streamed CSV writes them one by one. */
export function csvLine(columns: readonly string[], record: Readonly<Record<string, unknown>>): string {
  return `${columns.map((c) => csvField(record[c])).join(',')}\r\n`
}
