import { year } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A century or two, "the 19th century", "6th and 7th centuries": a year range. */
export const century: DateRecognizer = {
  id: 'date/century',
  note: 'An ordinal century or a pair of them ("the 19th century", "6th and 7th centuries") as a range of years.',
  pattern: /\b(?<c1>\d{1,2})(?:st|nd|rd|th)(?:\s+(?:and|to|-)\s+(?<c2>\d{1,2})(?:st|nd|rd|th))?\s+centur(?:y|ies)\b/g,
  examples: [
    {
      text: 'Norse traders reached Iceland in the 9th century.',
      match: '9th century',
      expect: { date: { value: '0800', end: '0899', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Bhutan and Tibet traded salt in the 17th and 18th centuries.',
      match: '17th and 18th centuries',
      expect: { date: { value: '1600', end: '1799', precision: 'year', basis: 'explicit' } },
    },
    { text: 'Sweden finished 9th in the Lisbon standings.', expect: null },
  ],
  extract(m) {
    const c1 = +group(m, 'c1')
    const c2 = group(m, 'c2') ? +group(m, 'c2') : c1
    return expression(m, this.id, year((c1 - 1) * 100, 'explicit', c2 * 100 - 1))
  },
}
