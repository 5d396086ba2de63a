/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as ranges of days: `2024-03` runs from 2024-03-01 to 2024-03-31.
 * Day strings compare correctly as text under any collation, which is what date filters in SQL rely on.
 */

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

function daysIn(year: number, month: number): number {
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999.
  const t = new Date(0)
  t.setUTCFullYear(year, month, 0)
  return t.getUTCDate()
}

function parts(value: string): { y: number; m?: number; d?: number } | undefined {
  const match = PARTIAL.exec(value)
  if (!match) return undefined
  const y = Number(match[1])
  const m = match[2] === undefined ? undefined : Number(match[2])
  const d = match[3] === undefined ? undefined : Number(match[3])
  if (m !== undefined && (m < 1 || m > 12)) return undefined
  if (m !== undefined && d !== undefined && (d < 1 || d > daysIn(y, m))) return undefined
  return { y, ...(m === undefined ? {} : { m }), ...(d === undefined ? {} : { d }) }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** Whether a string is a valid `YYYY`, `YYYY-MM` or `YYYY-MM-DD` calendar date. */
export function isPartialDate(value: string): boolean {
  return parts(value) !== undefined
}

/** The first day a partial date covers (`2024` → `2024-01-01`), or undefined when it is not a valid partial date. */
export function firstDay(value: string): string | undefined {
  const p = parts(value)
  return p && `${pad(p.y, 4)}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}`
}

/** The last day a partial date covers (`2024-02` → `2024-02-29`), or undefined when it is not a valid partial date. */
export function lastDay(value: string): string | undefined {
  const p = parts(value)
  if (!p) return undefined
  const m = p.m ?? 12
  return `${pad(p.y, 4)}-${pad(m)}-${pad(p.d ?? daysIn(p.y, m))}`
}
