import { day, year } from '../calendar.js'
import { group, NOT_AFTER_LABEL } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/**
 * Day, month and year in figures with one separator: "23/08/2002", "3.4.2021", "15-01-2010", "21/04/16". A two-digit
 * year goes only with a slash or a full stop (with a dash it is a score or a code).
 */
const NUMERIC = new RegExp(
  NOT_AFTER_LABEL +
    String.raw`(?<![\w.,/-]|\d[^\S\n]|§[^\S\n]*)(?<a>\d{1,2})(?:(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<yy>\d\d)|(?<sep2>[/.-])(?<b2>\d{1,2})\k<sep2>(?<year>1[5-9]\d\d|20\d\d))(?![\w/-]|[.,]\d)`,
  'g',
)

/** The first and second numbers of every numeric date of a text. */
function pairs(text: string): [number, number][] {
  return [...text.matchAll(new RegExp(NUMERIC.source, 'g'))].map((m) => [
    Number(m.groups?.a),
    Number(m.groups?.b ?? m.groups?.b2),
  ])
}

let cached: { text: string; order: 'dmy' | 'mdy' | null } | undefined

/**
 * How a document writes its numeric dates, when one of them shows it and none shows the other way: day first when a
 * first number is over 12 ("25/03/2019"), month first when a second one is ("03/28/2020"); null otherwise.
 */
export function numericOrder(text: string): 'dmy' | 'mdy' | null {
  if (cached?.text === text) return cached.order
  const all = pairs(text)
  const dayFirst = all.some(([a, b]) => a > 12 && b <= 12)
  const monthFirst = all.some(([a, b]) => b > 12 && a <= 12)
  const order = dayFirst === monthFirst ? null : dayFirst ? 'dmy' : 'mdy'
  cached = { text, order }
  return order
}

/** A numeric day, "23/08/2002", "07.07.2007", "21/04/16". */
export const numeric: DateRecognizer = {
  id: 'date/numeric',
  note:
    'A numeric day, year last ("23/08/2002", "15-01-2010", "21/04/16"): day and month are told apart when one is ' +
    'over 12, when both are equal, or when another numeric date of the document shows the order; otherwise only ' +
    'the year is certain. A two-digit year is 20yy below 50, else 19yy.',
  pattern: NUMERIC,
  examples: [
    {
      text: 'Portugal and Uruguay exchanged notes on 23/08/2002 in Lisbon.',
      match: '23/08/2002',
      expect: { date: { value: '2002-08-23', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'The Malawian side dated its reply 12/15/1999.',
      match: '12/15/1999',
      expect: { date: { value: '1999-12-15', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Reykjavik hosted the talks on 07.07.2007.',
      match: '07.07.2007',
      expect: { date: { value: '2007-07-07', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'The Malawi–Zambia border post reopened on 04/07/2011.',
      match: '04/07/2011',
      expect: { date: { value: '2011', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Namibia and Angola signed the water note on 21/04/16.',
      match: '21/04/16',
      expect: { date: { value: '2016-04-21', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Chad and Niger signed the patrol protocol on 15-01-2010.',
      match: '15-01-2010',
      expect: { date: { value: '2010-01-15', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Bhutan wrote to Nepal on 25/03/2019 and again on 04/05/2019.',
      match: '04/05/2019',
      expect: { date: { value: '2019-05-04', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Ecuador wrote on 03/28/2020 and Peru replied on 04/05/2020.',
      match: '04/05/2020',
      expect: { date: { value: '2020-04-05', precision: 'day', basis: 'explicit' } },
    },
    {
      text: 'Under Rule 13.4.2019 of the Malawi–Zambia protocol the post reopened on 04/05/2019.',
      match: '04/05/2019',
      expect: { date: { value: '2019', precision: 'year', basis: 'explicit' } },
    },
    { text: 'Call the Lusaka desk on 260 211 252 660 or at 3.10 pm.', expect: null },
    { text: 'Version 3.4.21 of the Austrian customs software went live.', expect: null },
    { text: 'Iceland beat Norway 6-4-12 on aggregate.', expect: null },
    { text: 'Malawi and Zambia patrol the border 24/7.', expect: null },
  ],
  extract(m, { text }) {
    const a = +group(m, 'a')
    const b = +(group(m, 'b') || group(m, 'b2'))
    const yy = group(m, 'yy')
    const y = yy ? (+yy < 50 ? 2000 : 1900) + +yy : +group(m, 'year')
    const order = a > 12 || b > 12 || a === b ? null : numericOrder(text)
    const date =
      (a > 12 && b <= 12) || order === 'dmy'
        ? day(y, b, a, 'explicit')
        : (b > 12 && a <= 12) || order === 'mdy'
          ? day(y, a, b, 'explicit')
          : a === b
            ? day(y, a, a, 'explicit')
            : year(y, 'explicit')
    return expression(m, this.id, date)
  },
}
