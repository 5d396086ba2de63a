import { dateParts, month, unitsFrom } from '../calendar.js'
import { group } from '../patterns.js'
import { countPattern, countValue, lazyPattern } from '../relative-words.js'
import type { DateRecognizer } from '../time-expression.js'
import { fromPrevious } from '../time-expression.js'

const pattern = lazyPattern(
  () =>
    new RegExp(
      `\\b${countPattern()}\\s+(?<unit>day|week|fortnight|month|year|decade)s?\\s+(?<dir>later|earlier|after|before)\\b(?!\\s+(?:the|a|an|his|her|its|their)\\s+(?:war|election|vote|summit|meeting|visit|talks)\\b)`,
      'gi',
    ),
)

/** "A month later", "two years later", "a day after": counted from the last date the text gave. */
export const later: DateRecognizer = {
  id: 'date/later',
  note:
    'A count of days, weeks, months or years "later", "earlier", "after" or "before", counted from the last date ' +
    'the text gave; not when "after/before" names its own event ("a week after the election").',
  get pattern() {
    return pattern()
  },
  examples: [
    {
      text: 'In May 2020 Malawi and Zambia signed a fisheries pact. A month later Zambia withdrew.',
      match: 'A month later',
      expect: { date: { value: '2020-06', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'Norway ratified the accord on 5 May 2015; two days later Iceland followed.',
      match: 'two days later',
      expect: { date: { value: '2015-05-07', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Slovenia joined the pact in March 2007. Two years later Croatia followed.',
      match: 'Two years later',
      expect: { date: { value: '2009-03', precision: 'month', basis: 'relative' } },
    },
    {
      text: 'A year later Austria left the Bern talks.',
      match: 'A year later',
      expect: { date: null },
    },
    {
      text: 'Malawi and Zambia fought over Lake Malawi in 1967. A decade later they talked again.',
      match: 'A decade later',
      expect: { date: { value: '1977', precision: 'year', basis: 'relative' } },
    },
    { text: 'Nepal signed the transit treaty a week after the election.', expect: null },
  ],
  extract(m) {
    return fromPrevious(m, this.id, (previous) => {
      // "a month later": after the last date; "a day after India struck": what follows came that much before it.
      const dir = group(m, 'dir').toLowerCase()
      const n = countValue(group(m, 'n')) * (dir === 'later' || dir === 'before' ? 1 : -1)
      const unit = group(m, 'unit').toLowerCase()
      // "A year later" than April 2004 is about April 2005: the month is kept, not the day.
      const p = dateParts(previous)
      if (unit === 'year' && p?.m) return month(p.y + n, p.m, 'relative')
      return unitsFrom(previous, unit, n)
    })
  },
}
