import { isPartialDate } from '../../../core/date-range.js'
import type { EventDate } from '../../../core/types.js'
import { dateParts, shiftDay } from '../calendar.js'
import { RANGE_JOIN } from '../patterns.js'
import type { DateFinding, DateRefiner } from '../time-expression.js'

/** Rules whose dates take their year from the anchor or the text, not from their own words. */
const YEARLESS = new Set(['date/day-month', 'date/month-day', 'date/month-no-year', 'date/part-of'])
const JOIN = new RegExp(`^\\s*(?:${RANGE_JOIN}|(?<and>and))\\s*$`, 'i')
const OPENER = /\b(?:from|between)\s+$/i
const LENGTH = { year: 4, month: 7, day: 10 } as const

/**
 * "From Tuesday to Thursday" in a report of Wednesday: each weekday alone is the latest one, so the Tuesday comes after
 * the Thursday; the range is the Tuesday before that Thursday.
 */
function weekBefore(a: EventDate, b: EventDate): EventDate {
  if (a.value <= b.value) return a
  const p = dateParts(a)
  return (p && shiftDay(p.y, p.m, p.d, -7)) ?? a
}

/** The range from `a` to `b`, at the coarser of their precisions; null when `b` does not come after `a`. */
function span(a: EventDate, b: EventDate, aYearless: boolean): EventDate | null {
  const coarser = LENGTH[a.precision] <= LENGTH[b.precision] ? a.precision : b.precision
  const n = LENGTH[coarser]
  let start = a.value
  // "From 27 September to 10 November 2020": the first end takes the year of the second.
  if (aYearless && b.basis === 'explicit') {
    start = b.value.slice(0, 4) + a.value.slice(4)
    if (start.slice(0, n) > b.value.slice(0, n))
      start = String(Number(b.value.slice(0, 4)) - 1).padStart(4, '0') + a.value.slice(4)
  }
  const from = start.slice(0, n)
  const to = (b.end ?? b.value).slice(0, n)
  // "From 29 February to 3 March 2023": the first end in the second's year is no day of the calendar.
  if (to <= from || !isPartialDate(from)) return null
  const basis = a.basis === b.basis || aYearless ? b.basis : 'relative'
  return { value: from, end: to, precision: coarser, basis }
}

/** Joins two dates written as the ends of one range ("26 June 2019 to 28 June 2020", "between May and July 2019"). */
export const range: DateRefiner = {
  id: 'date/range',
  note:
    'Two dates joined by "to", "until", "through" or a dash, or by "and" after "between", are one range from the ' +
    'first to the second, at the coarser precision; a first end without a year takes the second\'s. "From" or ' +
    '"between" before it is part of its words.',
  examples: [
    {
      text: 'Chile and Peru held the talks from 26 June 2019 to 28 June 2020.',
      match: 'from 26 June 2019 to 28 June 2020',
      expect: { date: { value: '2019-06-26', end: '2020-06-28', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Armenian and Azerbaijani troops clashed from 27 September to 10 November 2020.',
      reference: '2021-06-16',
      match: 'from 27 September to 10 November 2020',
      expect: { date: { value: '2020-09-27', end: '2020-11-10', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Peru and Chile met between 1 June 2020 and 3 July 2020.',
      match: 'between 1 June 2020 and 3 July 2020',
      expect: { date: { value: '2020-06-01', end: '2020-07-03', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Iran and Iraq fought from September 1980 to August 1988.',
      match: 'from September 1980 to August 1988',
      expect: { date: { value: '1980-09', end: '1988-08', precision: 'month', basis: 'explicit' } },
    },
    {
      text: 'Ghana and Nigeria met from Tuesday to Thursday last week.',
      reference: '2021-06-16',
      match: 'from Tuesday to Thursday',
      expect: { date: { value: '2021-06-08', end: '2021-06-10', precision: 'day', basis: 'relative' } },
    },
    // Two dates joined by a plain "and" are two dates.
    { text: 'Malawi and Zambia met on 3 May 2019 and 5 June 2020.', match: '3 May 2019 and 5 June 2020', expect: null },
    // The first end in the second's year must be a day of the calendar (found by fuzzing: it was 2023-02-29).
    {
      text: 'Malawi and Zambia met from 29 February to 3 March 2023.',
      reference: '2024-03-13',
      match: 'from 29 February to 3 March 2023',
      expect: null,
    },
    {
      text: 'Pisa and Lucca were at war from 30 December to 2 January 1000.',
      reference: '2021-06-16',
      match: 'from 30 December to 2 January 1000',
      expect: { date: { value: '0999-12-30', end: '1000-01-02', precision: 'day', basis: 'explicit' } },
    },
  ],
  refine(found, { text }) {
    const out: DateFinding[] = []
    for (let i = 0; i < found.length; i++) {
      const a = found[i] as DateFinding
      const b = found[i + 1]
      const join = b && JOIN.exec(text.slice(a.span.end, b.span.start))
      const opener = OPENER.exec(text.slice(Math.max(0, a.span.start - 10), a.span.start))
      if (b && a.date && b.date && join && (!join.groups?.and || opener || /^between\b/i.test(a.text))) {
        const first = a.rule === 'date/weekday' && b.rule === 'date/weekday' ? weekBefore(a.date, b.date) : a.date
        const date = span(first, b.date, YEARLESS.has(a.rule))
        if (date) {
          const start = a.span.start - (opener?.[0].length ?? 0)
          out.push({ span: { start, end: b.span.end }, text: text.slice(start, b.span.end), date, rule: 'date/range' })
          i++
          continue
        }
      }
      out.push(a)
    }
    return out
  },
}
