import { year } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const ORDINALS = (
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth ' +
  'fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first'
).split(' ')
// Longest first, so that "twenty-first" is not read as "twentieth"'s prefix.
const WORDS = [...ORDINALS].sort((a, b) => b.length - a.length).join('|')

/** A century or two, "the 19th century", "6th and 7th centuries": a year range. */
export const century: DateRecognizer = {
  id: 'date/century',
  note:
    'An ordinal century or a pair of them, in figures or words ("the 19th century", "6th and 7th centuries", "the ' +
    'nineteenth century") as a range of years; "18th-century" names the age of a noun, not a date of the sentence.',
  pattern: new RegExp(
    `\\b(?:(?<c1>\\d{1,2})(?:st|nd|rd|th)|(?<w1>${WORDS}))(?:\\s+(?:and|to|-)\\s+(?:(?<c2>\\d{1,2})(?:st|nd|rd|th)|(?<w2>${WORDS})))?\\s+centur(?:y|ies)\\b`,
    'gi',
  ),
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
    {
      text: 'Danish and Swedish kings fought over Scania in the seventeenth century.',
      match: 'seventeenth century',
      expect: { date: { value: '1600', end: '1699', precision: 'year', basis: 'explicit' } },
    },
    { text: 'Sweden finished 9th in the Lisbon standings.', expect: null },
    { text: 'Laos and Thailand both claim the 11th-century temple.', expect: null },
  ],
  extract(m) {
    const c1 = group(m, 'c1') ? +group(m, 'c1') : ORDINALS.indexOf(group(m, 'w1').toLowerCase()) + 1
    const c2 = group(m, 'c2')
      ? +group(m, 'c2')
      : group(m, 'w2')
        ? ORDINALS.indexOf(group(m, 'w2').toLowerCase()) + 1
        : c1
    return expression(m, this.id, year((c1 - 1) * 100, 'explicit', c2 * 100 - 1))
  },
}
