import { year } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const DECADE_WORDS = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']

/** A decade, "the 1830s", "the mid-1990s", "the '60s": a year range. */
export const decade: DateRecognizer = {
  id: 'date/decade',
  note:
    'A decade ("in the 1830s", "the mid-1990s", "the 90s", "the nineties") as a ten-year range; two digits or a ' +
    'word are the 1900s, and a word needs "the" before it ("in their forties" is an age).',
  pattern:
    /\b(?:the\s+)?(?:early\s+|late\s+|mid-?)?(?<dec>1[0-9]\d0|20\d0|'?[0-9]0)['’]?s\b|\b[Tt]he\s+(?:early\s+|late\s+|mid-?)?(?<word>[Tt]wenties|[Tt]hirties|[Ff]orties|[Ff]ifties|[Ss]ixties|[Ss]eventies|[Ee]ighties|[Nn]ineties)\b/g,
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
    {
      text: 'Iceland and Britain fought the cod wars in the seventies.',
      match: 'the seventies',
      expect: { date: { value: '1970', end: '1979', precision: 'year', basis: 'explicit' } },
    },
    { text: 'The Lusaka office hired 1830 staff.', expect: null },
    { text: 'Most Namibian envoys to Botswana are in their forties.', expect: null },
  ],
  extract(m) {
    const word = group(m, 'word').toLowerCase()
    if (word) {
      const d = 1900 + 10 * (DECADE_WORDS.indexOf(word) + 2)
      return expression(m, this.id, year(d, 'explicit', d + 9))
    }
    let d = group(m, 'dec').replace("'", '')
    if (d.length === 2) d = `19${d}`
    return expression(m, this.id, year(+d, 'explicit', +d + 9))
  },
}
