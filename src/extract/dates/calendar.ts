import type { DateBasis, EventDate, PartialDate } from '../../core/types.js'

const pad = (n: number) => String(n).padStart(2, '0')
/** Dates are written with four-digit years (ISO 8601, where 0000 is 1 BC): a year outside them is no date. */
const year4 = (y: number) => String(y).padStart(4, '0')
const inRange = (y: number) => Number.isInteger(y) && y >= 0 && y <= 9999

/** The UTC instant of a day of any year; `Date.UTC` would read years 0–99 as 1900–1999. */
function utc(y: number, monthIndex: number, d: number): Date {
  const t = new Date(0)
  t.setUTCFullYear(y, monthIndex, d)
  return t
}

const validDay = (y: number, m: number, d: number) =>
  inRange(y) && m >= 1 && m <= 12 && d >= 1 && d <= utc(y, m, 0).getUTCDate()

/** A day, or a day range within one month when `endDay` is a later valid day; null for a day the month lacks. */
export function day(y: number, m: number, d: number, basis: DateBasis, endDay?: number): EventDate | null {
  if (!validDay(y, m, d)) return null
  const value = `${year4(y)}-${pad(m)}-${pad(d)}`
  const end = endDay && endDay > d && validDay(y, m, endDay) ? `${year4(y)}-${pad(m)}-${pad(endDay)}` : undefined
  return { value, precision: 'day', basis, ...(end ? { end } : {}) }
}

/** A month, or a month range within one year when `endMonth` is later; null outside the calendar. */
export function month(y: number, m: number, basis: DateBasis, endMonth?: number): EventDate | null {
  if (!inRange(y) || m < 1 || m > 12) return null
  return {
    value: `${year4(y)}-${pad(m)}`,
    precision: 'month',
    basis,
    ...(endMonth && endMonth > m && endMonth <= 12 ? { end: `${year4(y)}-${pad(endMonth)}` } : {}),
  }
}

/** A year, or a year range when `end` is later (decades and centuries are year ranges); null outside the calendar. */
export function year(y: number, basis: DateBasis, end?: number): EventDate | null {
  if (!inRange(y) || (end !== undefined && end > y && !inRange(end))) return null
  return { value: year4(y), precision: 'year', basis, ...(end && end > y ? { end: year4(end) } : {}) }
}

/** Year, month and day of a partial date as numbers; 0 for the parts its precision leaves out. */
export function dateParts(a: PartialDate | null): { y: number; m: number; d: number } | null {
  return a
    ? { y: Number(a.value.slice(0, 4)), m: Number(a.value.slice(5, 7)) || 0, d: Number(a.value.slice(8, 10)) || 0 }
    : null
}

/** The month `by` months from a month (negative for earlier), across year ends. */
export function shiftMonth(y: number, m: number, by: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + by
  return { y: Math.floor(t / 12), m: (t % 12) + 1 }
}

/** The day `by` days from a day (negative for earlier), as a relative date. */
export function shiftDay(y: number, m: number, d: number, by: number): EventDate | null {
  const t = utc(y, m - 1, d + by)
  return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'relative')
}

/** Day of the week of a day, 0 for Sunday to 6 for Saturday. */
export function weekdayOf(y: number, m: number, d: number): number {
  return utc(y, m - 1, d).getUTCDay()
}

/** Day of the week counted from Monday (1) to Sunday (7), the way weeks are reckoned in news. */
export function isoWeekdayOf(y: number, m: number, d: number): number {
  return weekdayOf(y, m, d) || 7
}

/** The day a day-precision anchor stands for, or null when the anchor is not that precise. */
export function anchorDay(anchor: PartialDate | null): { y: number; m: number; d: number } | null {
  return anchor?.precision === 'day' ? dateParts(anchor) : null
}

/** The year of a partial date, or null for no date. */
export function yearOf(a: PartialDate | null): number | null {
  return a ? Number(a.value.slice(0, 4)) : null
}

/**
 * The date `n` days, weeks, fortnights, months, years or decades from a date (negative for earlier), as a relative date at the precision
 * of the unit; null when there is no date or it is too coarse for the unit (a month from a bare year).
 */
export function unitsFrom(from: PartialDate | null, unit: string, n: number): EventDate | null {
  const p = dateParts(from)
  if (!p) return null
  if (unit === 'decade') return year(p.y + 10 * n, 'relative')
  if (unit === 'fortnight') return p.d ? shiftDay(p.y, p.m, p.d, 14 * n) : null
  if (unit === 'year') return year(p.y + n, 'relative')
  if (unit === 'month') {
    if (!p.m) return null
    const s = shiftMonth(p.y, p.m, n)
    return month(s.y, s.m, 'relative')
  }
  return p.d ? shiftDay(p.y, p.m, p.d, n * (unit === 'week' ? 7 : 1)) : null
}

/**
 * The year of a day and month written without one: the anchor's, unless the sentence tells of the past and the day
 * lies after the anchor ("on 25 December" in a report of 10 January is last December), or of the future and the day
 * lies before it; the previous date's year when there is no anchor.
 */
export function yearOfDay(
  anchor: PartialDate | null,
  previous: PartialDate | null,
  month: number,
  dayOfMonth: number,
  future: boolean,
): number | null {
  const a = dateParts(anchor)
  if (!a) return yearOf(previous)
  if (!a.m || !a.d) return a.y
  const after = month > a.m || (month === a.m && dayOfMonth > a.d)
  if (future) return after || month === a.m ? a.y : a.y + 1
  return after ? a.y - 1 : a.y
}

/** The year "the/this", "last/past" or "next" year names from the anchor; null without an anchor. */
export function relativeYear(rel: string, anchor: PartialDate | null): number | null {
  const y = yearOf(anchor)
  if (y === null) return null
  const r = rel.toLowerCase()
  return r === 'last' || r === 'past' ? y - 1 : r === 'next' ? y + 1 : y
}
