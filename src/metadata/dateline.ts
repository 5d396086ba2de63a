import type { PartialDate, RuleId } from '../core/types.js'
import { monthNamePattern, parseDateText } from '../text/date-line.js'

/** What a dateline says: the day it gives (a year-less one waits for a year from elsewhere) and its agency. */
export interface Dateline {
  /** The date when the dateline writes the year. */
  readonly date: PartialDate | null
  /** Month and day of a dateline without a year ("CAIRO, March 5th (Reuters) –"): `MM-DD`. */
  readonly monthDay: string | null
  readonly agency: string | null
  /** The dateline as written, up to its dash. */
  readonly text: string
  readonly rule: RuleId
}

/** One way datelines and bylines are written, with examples of what it reads and what it must leave alone. */
export interface DatelineRule {
  readonly id: RuleId
  readonly examples: readonly {
    readonly text: string
    readonly expect: { readonly date?: string; readonly monthDay?: string; readonly agency?: string } | null
  }[]
  read(line: string): Dateline | null
}

// Words that open a sentence, never a place: "On Monday, April 2, the minister …", "Updated, May 4".
const NOT_A_PLACE =
  /^(?:on|in|at|by|since|from|until|as of|updated|published|posted|last|dated?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?'

let placeDatePattern: RegExp | undefined
function placeDate(): RegExp {
  const M = `(?:${monthNamePattern()})\\.?`
  const D = '\\d{1,2}(?:st|nd|rd|th)?'
  placeDatePattern ??= new RegExp(
    `^(?<place>[\\p{L}][\\p{L}.'’ -]{1,40}?(?:, [\\p{L}][\\p{L}.'’ -]{1,30}?)?),\\s+(?:${WEEKDAY},?\\s+)?(?<date>(?:${M} ${D}|${D} ${M})(?:,? (?<year>\\d{4}))?)\\s*(?:\\((?<agency>[^()]{2,40})\\))?\\s*(?<end>[–—]|-{1,2}|:|$)`,
    'iu',
  )
  return placeDatePattern
}

/** True when every word of a place name starts with a capital ("NEW DELHI", "Addis Ababa", "Washington, D.C."). */
function isPlace(place: string): boolean {
  const words = place.split(/[\s,]+/u).filter(Boolean)
  return words.length <= 5 && !NOT_A_PLACE.test(place) && words.every((w) => /^\p{Lu}/u.test(w))
}

/**
 * "OSLO, March 3, 2021 – …", "Lima, 12 June 2019:", "OTTAWA, Oct. 4th (AFP) -- …", a line "Canberra, May 9, 2017":
 * a place in capitals, the day, perhaps the agency, then a dash, a colon or the end of the line.
 */
export const placeDateline: DatelineRule = {
  id: 'metadata/dateline-place-date',
  examples: [
    {
      text: 'OSLO, March 3, 2021 – Norway and Sweden agreed on Tuesday to reopen the border.',
      expect: { date: '2021-03-03' },
    },
    { text: 'Lima, 12 June 2019: Peru recalled its envoy.', expect: { date: '2019-06-12' } },
    { text: 'Canberra, May 9, 2017', expect: { date: '2017-05-09' } },
    { text: 'OTTAWA, Oct. 4th (AFP) -- Canada said on Monday …', expect: { monthDay: '10-04', agency: 'AFP' } },
    { text: 'BUENOS AIRES, Thursday, June 1, 2023 — Argentina …', expect: { date: '2023-06-01' } },
    { text: 'On Monday, April 2, the minister held talks.', expect: null },
    { text: 'The talks ended in Lima, 12 June 2019, without a deal.', expect: null },
    { text: 'Bolivia and Chile, in 1978 – severed relations.', expect: null },
  ],
  read(line) {
    const m = placeDate().exec(line.trim())
    const g = m?.groups
    if (!m || !g || !isPlace(g.place as string)) return null
    const written = (g.date as string).replace(/\s+/gu, ' ')
    const date = g.year ? parseDateText(written) : null
    // A leap year accepts 29 February; only month and day are kept.
    const monthDay = g.year ? null : (parseDateText(`${written} 2000`)?.value.slice(5) ?? null)
    if (!date && !monthDay) return null
    return {
      date,
      monthDay,
      agency: g.agency?.trim() ?? null,
      text: m[0].replace(/\s*(?:[–—]|-{1,2}|:)$/u, '').trim(),
      rule: this.id,
    }
  },
}

const LABELLED = /^(?:(?:last )?updated|published|posted|first published)(?: on| at)?\s*:?\s*(.+)$/iu

/** "PTI | New Delhi | Updated: Mar 5, 2023, 10:12 IST", "By Jane Roe • Reuters • Published 4 May 2022": a byline of cells. */
export const bylineCellsDateline: DatelineRule = {
  id: 'metadata/dateline-byline-cells',
  examples: [
    { text: 'PTI | New Delhi | Updated: Mar 5, 2023, 10:12 IST', expect: { date: '2023-03-05', agency: 'PTI' } },
    { text: 'By Jane Roe • Reuters • Published 4 May 2022', expect: { date: '2022-05-04' } },
    { text: 'Updated: Mar 5, 2023', expect: null },
    { text: 'Home | World | Asia', expect: null },
  ],
  read(line) {
    const cells = line
      .trim()
      .split(/\s*[|•·]\s*/u)
      .filter(Boolean)
    if (cells.length < 2) return null
    for (const [i, cell] of cells.entries()) {
      const date = parseDateText(LABELLED.exec(cell)?.[1] ?? '')
      if (!date) continue
      const first = i > 0 ? (cells[0] as string) : null
      return {
        date,
        monthDay: null,
        agency: first && /^[\p{Lu}]{2,8}$/u.test(first) ? first : null,
        text: line.trim(),
        rule: this.id,
      }
    }
    return null
  },
}

/** Dateline rules, in the order they are tried on a line. */
export const datelineRules: readonly DatelineRule[] = [placeDateline, bylineCellsDateline]

/** Reads a line (or the start of a paragraph) as a dateline or a byline with a date, or null. */
export function readDateline(line: string): Dateline | null {
  for (const rule of datelineRules) {
    const d = rule.read(line)
    if (d) return d
  }
  return null
}
