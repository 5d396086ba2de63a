import { year } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

/** A decade, "the 1830s", "the mid-1990s", "the '60s": a year range. */
export const decade: DateRecognizer = {
  id: 'date/decade',
  note: 'A decade ("in the 1830s", "the mid-1990s", "the 90s") as a ten-year range; two digits are the 1900s.',
  pattern: /\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?<dec>1[0-9]\d0|20\d0|'?[0-9]0)['’]?s\b/g,
  examples: [
    {
      text: 'Norwegian whalers worked off Iceland in the 1830s.',
      match: 'the 1830s',
      expect: { date: { value: '1830', end: '1839', precision: 'year', basis: 'explicit' } },
    },
    {
      text: 'Danish investment in Iceland peaked in the mid-1990s.',
      match: 'the mid-1990s',
      expect: { date: { value: '1990', end: '1999', precision: 'year', basis: 'explicit' } },
    },
    {
      text: "Swedish exports to Finland grew in the '60s.",
      match: "the '60s",
      expect: { date: { value: '1960', end: '1969', precision: 'year', basis: 'explicit' } },
    },
    { text: 'The Lusaka office hired 1830 staff.', expect: null },
  ],
  extract(m) {
    let d = group(m, 'dec').replace("'", '')
    if (d.length === 2) d = `19${d}`
    return expression(m, this.id, year(+d, 'explicit', +d + 9))
  },
}
