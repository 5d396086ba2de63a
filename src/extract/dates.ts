import { z } from 'zod'
import type { DateBasis, EventDate, PartialDate, RuleId, Sentence, Span } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'

/** A time expression found in the clean text, resolved to a date when it can be. */
export interface TimeExpression {
  readonly span: Span
  readonly text: string
  /** The date it stands for; null when it cannot be resolved (a weekday with no dated anchor). */
  readonly date: EventDate | null
  readonly rule: RuleId
}

const Relative = z.object({
  note: z.string(),
  numbers: z.record(z.string(), z.number()),
  seasons: z.record(z.string(), z.number()),
  parts: z.array(z.string()),
})

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

const monthIndex = (s: string): number => {
  const k = s.toLowerCase().replace(/\.$/, '')
  return MONTHS.findIndex((names) => (names as readonly string[]).includes(k)) + 1
}
/** Words that put a sentence in the future: a weekday or month in it is the next one, not the last. */
const FUTURE_TENSE =
  /\b(?:will|shall|is to|are to|is expected to|are expected to|plans? to|is planned|intends? to|is scheduled to|are scheduled to)\b/i
const pad = (n: number) => String(n).padStart(2, '0')
const validDay = (y: number, m: number, d: number) => d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()

/** State carried while reading a document in order: its anchor date and the last date it gave. */
interface Context {
  readonly anchor: PartialDate | null
  last: EventDate | null
}

type Build = (m: RegExpExecArray, ctx: Context, sentence: string) => EventDate | null

interface DateRule {
  readonly id: RuleId
  readonly re: RegExp
  readonly build: Build
}

const M =
  '(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'
const M2 = M.replace('<month>', '<month2>')
const ORD = '(?:st|nd|rd|th)?'
const YEAR = '(?<year>1[0-9]\\d\\d|20\\d\\d)'

function day(y: number, m: number, d: number, basis: DateBasis, endDay?: number): EventDate | null {
  if (!validDay(y, m, d)) return null
  const value = `${y}-${pad(m)}-${pad(d)}`
  const end = endDay && endDay > d && validDay(y, m, endDay) ? `${y}-${pad(m)}-${pad(endDay)}` : undefined
  return { value, precision: 'day', basis, ...(end ? { end } : {}) }
}
const month = (y: number, m: number, basis: DateBasis, endMonth?: number): EventDate => ({
  value: `${y}-${pad(m)}`,
  precision: 'month',
  basis,
  ...(endMonth && endMonth > m ? { end: `${y}-${pad(endMonth)}` } : {}),
})
const year = (y: number, basis: DateBasis, end?: number): EventDate => ({
  value: String(y).padStart(4, '0'),
  precision: 'year',
  basis,
  ...(end && end > y ? { end: String(end).padStart(4, '0') } : {}),
})

const anchorYear = (ctx: Context): number | null => {
  const from = ctx.anchor ?? ctx.last
  return from ? Number(from.value.slice(0, 4)) : null
}
const anchorParts = (a: PartialDate | null) =>
  a
    ? { y: Number(a.value.slice(0, 4)), m: Number(a.value.slice(5, 7)) || 0, d: Number(a.value.slice(8, 10)) || 0 }
    : null

function shiftMonth(y: number, m: number, by: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + by
  return { y: Math.floor(t / 12), m: (t % 12) + 1 }
}

/** Explicit and relative date rules, tried at every position; the longest match wins. */
function rules(): DateRule[] {
  const lex = loadLexicon('dates/relative.json', Relative)
  const num = `(?<n>\\d+|${Object.keys(lex.numbers).join('|')})`
  const count = (s: string) => (/^\d+$/.test(s) ? Number(s) : (lex.numbers[s.toLowerCase()] ?? 0))
  const seasons = Object.keys(lex.seasons).join('|')
  const g = (m: RegExpExecArray, k: string): string => m.groups?.[k] ?? ''
  return [
    {
      // "2021-05-06": ISO 8601
      id: 'date/iso',
      re: /\b(?<year>1[5-9]\d\d|20\d\d)-(?<mo>0[1-9]|1[0-2])-(?<d>[0-2]\d|3[01])\b/g,
      build: (m) => day(+g(m, 'year'), +g(m, 'mo'), +g(m, 'd'), 'explicit'),
    },
    {
      // "06/05/2021": day and month are told apart only when one is over 12; otherwise only the year is certain
      id: 'date/numeric',
      re: /\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<year>1[5-9]\d\d|20\d\d)\b/g,
      build: (m) => {
        const a = +g(m, 'a')
        const b = +g(m, 'b')
        const y = +g(m, 'year')
        if (a > 12 && b <= 12) return day(y, b, a, 'explicit')
        if (b > 12 && a <= 12) return day(y, a, b, 'explicit')
        return a === b ? day(y, a, a, 'explicit') : year(y, 'explicit')
      },
    },
    {
      // "16 December 1991", "11-12 October 2012", "16th March, 2023"
      id: 'date/day-month-year',
      re: new RegExp(
        `\\b(?<d>\\d{1,2})${ORD}(?:\\s*(?:[-–]|to|and)\\s*(?<d2>\\d{1,2})${ORD})?\\s+(?:of\\s+)?${M},?\\s+${YEAR}\\b`,
        'gi',
      ),
      build: (m) =>
        day(+g(m, 'year'), monthIndex(g(m, 'month')), +g(m, 'd'), 'explicit', g(m, 'd2') ? +g(m, 'd2') : undefined),
    },
    {
      // "March 16, 2023", "September 10-11, 2023", "Oct. 13" (year from the anchor), "Thursday (July 18)"
      id: 'date/month-day',
      re: new RegExp(
        `\\b${M}\\s+(?<d>\\d{1,2})${ORD}(?:\\s*[-–]\\s*(?<d2>\\d{1,2})${ORD})?(?:,?\\s+${YEAR})?(?![\\d,.]*\\d)\\b`,
        'g',
      ),
      build: (m, ctx) => {
        const y = g(m, 'year') ? +g(m, 'year') : anchorYear(ctx)
        if (!y) return null
        return day(
          y,
          monthIndex(g(m, 'month')),
          +g(m, 'd'),
          g(m, 'year') ? 'explicit' : 'relative',
          g(m, 'd2') ? +g(m, 'd2') : undefined,
        )
      },
    },
    {
      // "on 29 October", "28 to 29 October": a day and month without a year take the anchor's year
      id: 'date/day-month',
      re: new RegExp(
        `\\b(?<d>\\d{1,2})${ORD}(?:\\s*(?:[-–]|to|and)\\s*(?<d2>\\d{1,2})${ORD})?\\s+(?:of\\s+)?${M}(?![\\s,]*\\d)\\b`,
        'g',
      ),
      build: (m, ctx) => {
        const y = anchorYear(ctx)
        if (!y) return null
        return day(y, monthIndex(g(m, 'month')), +g(m, 'd'), 'relative', g(m, 'd2') ? +g(m, 'd2') : undefined)
      },
    },
    {
      // "December 2005", "early December 2005", "September-October 2009", "May and June 2006"
      id: 'date/month-year',
      re: new RegExp(`\\b${M}(?:\\s*(?:[-–]|and|to|or)\\s*${M2})?,?\\s+${YEAR}\\b`, 'g'),
      build: (m) =>
        month(
          +g(m, 'year'),
          monthIndex(g(m, 'month')),
          'explicit',
          g(m, 'month2') ? monthIndex(g(m, 'month2')) : undefined,
        ),
    },
    {
      // "in June", "since November", "late last month" is below; a bare "May" is a verb, so a preposition is needed.
      id: 'date/month-no-year',
      re: new RegExp(
        `(?<=\\b(?:in|since|by|during|until|from|early|late|mid-?)\\s+(?:early\\s+|late\\s+|mid-?)?)${M}(?![\\s,]*\\d)\\b`,
        'g',
      ),
      build: (m, ctx, sentence) => {
        const mi = monthIndex(g(m, 'month'))
        // A narrative that has reached a month ("in October 2023 … in November") goes on from it.
        const last = anchorParts(ctx.last)
        if (last?.m && ctx.last?.basis !== 'context') return month(mi >= last.m ? last.y : last.y + 1, mi, 'context')
        const a = anchorParts(ctx.anchor)
        if (!a) return null
        // Otherwise the anchor's year; a month after the anchor's month in a report of the past belongs to the year
        // before, one before it in a plan to the year after ("is expected to visit in July").
        const future = FUTURE_TENSE.test(sentence)
        const y = future ? (a.m && mi < a.m ? a.y + 1 : a.y) : a.m && mi > a.m ? a.y - 1 : a.y
        return month(y, mi, 'relative')
      },
    },
    {
      // "in the 1830s", "the mid-1990s", "the 90s"
      id: 'date/decade',
      re: /\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?<dec>1[0-9]\d0|20\d0|'?[0-9]0)['’]?s\b/g,
      build: (m) => {
        let d = g(m, 'dec').replace("'", '')
        if (d.length === 2) d = `19${d}`
        return year(+d, 'explicit', +d + 9)
      },
    },
    {
      // "1910-45", "2021-2022", "from 1930 to 1955"
      id: 'date/year-range',
      re: /\b(?:from\s+|between\s+)?(?<y1>1[0-9]\d\d|20\d\d)\s*(?:[-–]|to|and|until)\s*(?<y2>\d{2}|1[0-9]\d\d|20\d\d)\b(?![.,]\d)/g,
      build: (m) => {
        const y1 = +g(m, 'y1')
        let y2 = +g(m, 'y2')
        if (y2 < 100) y2 = Math.floor(y1 / 100) * 100 + y2
        return y2 > y1 && y2 - y1 < 200 ? year(y1, 'explicit', y2) : null
      },
    },
    {
      // "6th and 7th centuries", "the 19th century": a year range
      id: 'date/century',
      re: /\b(?<c1>\d{1,2})(?:st|nd|rd|th)(?:\s+(?:and|to|-)\s+(?<c2>\d{1,2})(?:st|nd|rd|th))?\s+centur(?:y|ies)\b/g,
      build: (m) => {
        const c1 = +g(m, 'c1')
        const c2 = g(m, 'c2') ? +g(m, 'c2') : c1
        return year((c1 - 1) * 100, 'explicit', c2 * 100 - 1)
      },
    },
    {
      // "spring 2015", "this autumn", "last summer"
      id: 'date/season',
      re: new RegExp(
        `\\b(?:(?<rel>this|last|next)\\s+(?<s1>${seasons})|(?<s2>${seasons})\\s+(?:of\\s+)?${YEAR})\\b`,
        'gi',
      ),
      build: (m, ctx) => {
        if (g(m, 'year')) return year(+g(m, 'year'), 'explicit')
        const y = anchorYear(ctx)
        if (!y || !ctx.anchor) return null
        const rel = g(m, 'rel').toLowerCase()
        return year(rel === 'last' ? y - 1 : rel === 'next' ? y + 1 : y, 'relative')
      },
    },
    {
      // A bare year: "in 2005", "(1868)", "a 1965 treaty"; not a number with a unit or a thousands separator.
      id: 'date/year',
      re: /(?<![\d,.$€£]|\d-)\b(?<year>1[5-9]\d\d|20\d\d)\b(?![,.]\d|\s*(?:%|percent|per cent|people|km|tonnes|tons|mi\b|miles|meters|metres|[A-Z]{3}\b))/g,
      build: (m) => year(+g(m, 'year'), 'explicit'),
    },
    {
      // "on Monday", "Kenya on Saturday recalled", "on Wednesday night": the latest such day up to the anchor.
      id: 'date/weekday',
      re: /\b(?:on\s+|last\s+|this\s+|next\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/g,
      build: (m, ctx, sentence) => {
        const a = ctx.anchor
        if (a?.precision !== 'day') return null
        const [y, mo, d] = (a as PartialDate).value.split('-').map(Number) as [number, number, number]
        const base = new Date(Date.UTC(y, mo - 1, d))
        const target = WEEKDAYS.indexOf(g(m, 'wd').toLowerCase() as (typeof WEEKDAYS)[number])
        const future = /^next\b/i.test(m[0]) || FUTURE_TENSE.test(sentence)
        let diff = target - base.getUTCDay()
        if (future) diff = diff <= 0 ? diff + 7 : diff
        else diff = diff > 0 ? diff - 7 : diff
        const t = new Date(base.getTime() + diff * 86400000)
        return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'relative')
      },
    },
    {
      // "by midweek", "midweek": the Wednesday of the anchor's week (weeks start on Monday)
      id: 'date/midweek',
      re: /\b(?:by\s+)?mid-?week\b/gi,
      build: (_m, ctx) => {
        const a = ctx.anchor
        if (a?.precision !== 'day') return null
        const [y, mo, d] = a.value.split('-').map(Number) as [number, number, number]
        const base = new Date(Date.UTC(y, mo - 1, d))
        const dow = base.getUTCDay() === 0 ? 7 : base.getUTCDay()
        const t = new Date(base.getTime() + (3 - dow) * 86400000)
        return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'relative')
      },
    },
    {
      // "today", "from today", "yesterday"
      id: 'date/today',
      re: /\b(?<w>today|yesterday|tomorrow)\b/gi,
      build: (m, ctx) => {
        const a = ctx.anchor
        if (a?.precision !== 'day') return null
        const w = g(m, 'w').toLowerCase()
        const [y, mo, d] = (a as PartialDate).value.split('-').map(Number) as [number, number, number]
        const t = new Date(Date.UTC(y, mo - 1, d + (w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0)))
        return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'relative')
      },
    },
    {
      // "last month", "late last month", "this month", "next month", "last year", "this year", "next year"
      id: 'date/this-last-next',
      re: /\b(?:(?:early|late|mid-?)\s*)?(?<rel>last|this|next|past)\s+(?<unit>month|year)\b/gi,
      build: (m, ctx) => {
        const a = anchorParts(ctx.anchor)
        if (!a) return null
        const rel = g(m, 'rel').toLowerCase()
        const by = rel === 'last' || rel === 'past' ? -1 : rel === 'next' ? 1 : 0
        if (g(m, 'unit').toLowerCase() === 'year') return year(a.y + by, 'relative')
        if (!a.m) return null
        const s = shiftMonth(a.y, a.m, by)
        return month(s.y, s.m, 'relative')
      },
    },
    {
      // "a month later", "two years later": counted from the last date the text gave
      id: 'date/later',
      re: new RegExp(
        `\\b${num}\\s+(?<unit>day|week|month|year)s?\\s+(?<dir>later|earlier|after|before)\\b(?!\\s+(?:the|a|an|his|her|its|their)\\s+(?:war|election|vote|summit|meeting|visit|talks)\\b)`,
        'gi',
      ),
      build: (m, ctx) => {
        const last = ctx.last
        if (!last) return null
        // "a month later": after the last date; "a day after India struck": what follows came that much before it.
        const dir = g(m, 'dir').toLowerCase()
        const n = count(g(m, 'n')) * (dir === 'later' || dir === 'before' ? 1 : -1)
        const unit = g(m, 'unit').toLowerCase()
        const p = anchorParts(last)
        if (!p) return null
        if (unit === 'year') return year(p.y + n, 'relative')
        if (unit === 'month' && p.m) {
          const s = shiftMonth(p.y, p.m, n)
          return month(s.y, s.m, 'relative')
        }
        if ((unit === 'day' || unit === 'week') && p.d) {
          const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n * (unit === 'week' ? 7 : 1)))
          return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'relative')
        }
        return null
      },
    },
    {
      // "the following year", "the next day": one unit after the last date the text gave
      id: 'date/following',
      re: /\bthe\s+(?:following|next|subsequent)\s+(?<unit>day|week|month|year)\b/gi,
      build: (m, ctx) => {
        const p = anchorParts(ctx.last)
        if (!p || !ctx.last) return null
        const unit = g(m, 'unit').toLowerCase()
        if (unit === 'year') return year(p.y + 1, 'relative')
        if (unit === 'month' && p.m) {
          const s = shiftMonth(p.y, p.m, 1)
          return month(s.y, s.m, 'relative')
        }
        if (p.d) {
          const t = new Date(Date.UTC(p.y, p.m - 1, p.d + (unit === 'week' ? 7 : 1)))
          return day(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), 'relative')
        }
        return null
      },
    },
    {
      // "last week", "earlier this week": Monday to Sunday of that week, as a day range
      id: 'date/week',
      re: /\b(?:earlier\s+|later\s+)?(?<rel>last|this|next)\s+week\b/gi,
      build: (m, ctx) => {
        const a = ctx.anchor
        if (a?.precision !== 'day') return null
        const [y, mo, d] = a.value.split('-').map(Number) as [number, number, number]
        const base = new Date(Date.UTC(y, mo - 1, d))
        const dow = base.getUTCDay() === 0 ? 7 : base.getUTCDay()
        const rel = g(m, 'rel').toLowerCase()
        const monday = new Date(base.getTime() + (1 - dow + (rel === 'last' ? -7 : rel === 'next' ? 7 : 0)) * 86400000)
        const sunday = new Date(monday.getTime() + 6 * 86400000)
        const start = day(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate(), 'relative')
        const iso = (t: Date) => t.toISOString().slice(0, 10)
        // "earlier this week" ends at the anchor; the rest of the week has not happened yet.
        const end = /^earlier/i.test(m[0]) && rel === 'this' ? a.value : iso(sunday)
        return start ? { ...start, end } : null
      },
    },
    {
      // "In the ten years since": the anchor's year minus N
      id: 'date/years-since',
      re: new RegExp(`\\b(?:in\\s+)?the\\s+(?:past\\s+|last\\s+)?${num}\\s+years\\s+since\\b`, 'gi'),
      build: (m, ctx) => {
        const y = ctx.anchor ? Number(ctx.anchor.value.slice(0, 4)) : null
        return y ? year(y - count(g(m, 'n')), 'relative') : null
      },
    },
    {
      // "At that time", "that year", "that month", "the same year": the last date the text gave
      id: 'date/anaphoric',
      re: /\b(?:at\s+that\s+time|at\s+the\s+time|that\s+(?:year|month|day)|the\s+same\s+(?:year|month|day))\b/gi,
      build: (m, ctx) => {
        const last = ctx.last
        if (!last) return null
        const unit = /year/i.test(m[0]) ? 'year' : /month/i.test(m[0]) ? 'month' : null
        const value = unit === 'year' ? last.value.slice(0, 4) : unit === 'month' ? last.value.slice(0, 7) : last.value
        const precision =
          unit === 'year' ? 'year' : unit === 'month' && last.precision !== 'year' ? 'month' : last.precision
        return { value, precision, basis: 'context' }
      },
    },
  ]
}

let cachedRules: DateRule[] | undefined

/**
 * Finds the time expressions of a text in reading order and resolves them: explicit dates as written; relative ones
 * ("on Monday", "last month", "a month later") against the publication date or the last date the text gave; anaphoric
 * ones ("at that time", "that year") to the last date. A year-less "Oct. 13" takes the anchor's year.
 */
export function findTimeExpressions(
  text: string,
  sentences: readonly Sentence[],
  anchor: PartialDate | null,
): TimeExpression[] {
  cachedRules ??= rules()
  const found: { start: number; end: number; m: RegExpExecArray; rule: DateRule }[] = []
  for (const rule of cachedRules) {
    rule.re.lastIndex = 0
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text))
      found.push({ start: m.index, end: m.index + m[0].length, m, rule })
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: typeof found = []
  for (const f of found) {
    const prev = kept[kept.length - 1]
    if (prev && f.start < prev.end) continue
    kept.push(f)
  }
  const ctx: Context = { anchor, last: null }
  const out: TimeExpression[] = []
  for (const f of kept) {
    const sentence = sentences.find((s) => s.span.start <= f.start && f.start < s.span.end)?.text ?? ''
    const date = f.rule.build(f.m, ctx, sentence)
    if (date && date.basis !== 'context') ctx.last = date
    out.push({ span: { start: f.start, end: f.end }, text: f.m[0], date, rule: f.rule.id })
  }
  return out
}
