import { unitsFrom } from '../calendar.js'
import { group } from '../patterns.js'
import { countPattern, countValue, lazyPattern } from '../relative-words.js'
import type { DateRecognizer } from '../time-expression.js'
import { expression } from '../time-expression.js'

const pattern = lazyPattern(
  () =>
    new RegExp(
      `\\b(?:(?:a\\s+)?few|several|${countPattern()})\\s+(?<unit>minute|hour|day|week|fortnight|month|year|decade)s?\\s+ago\\b`,
      'gi',
    ),
)

/** "Two days ago", "a few hours ago", "a year ago": counted back from the publication date. */
export const ago: DateRecognizer = {
  id: 'date/ago',
  note:
    'A count of minutes, hours, days, weeks, months or years "ago", counted back from the anchor (the publication ' +
    'date): hours and minutes are the anchor day; "a few" or "several" days or weeks only say the month.',
  get pattern() {
    return pattern()
  },
  examples: [
    {
      text: 'Uruguay recalled its ambassador from Paraguay two days ago.',
      reference: '2021-03-10',
      match: 'two days ago',
      expect: { date: { value: '2021-03-08', precision: 'day', basis: 'relative' } },
    },
    {
      text: "Nepal's prime minister arrived in Thimphu a few hours ago.",
      reference: '2021-02-23',
      match: 'a few hours ago',
      expect: { date: { value: '2021-02-23', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Chile and Bolivia resumed talks a year ago.',
      reference: '2021-02-23',
      match: 'a year ago',
      expect: { date: { value: '2020', precision: 'year', basis: 'relative' } },
    },
    { text: 'Chile and Bolivia resumed talks a year ago.', match: 'a year ago', expect: { date: null } },
    {
      text: 'Lithuania expelled a Belarusian diplomat a fortnight ago.',
      reference: '2021-03-10',
      match: 'a fortnight ago',
      expect: { date: { value: '2021-02-24', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Chile and Bolivia broke off relations three decades ago.',
      reference: '2021-03-10',
      match: 'three decades ago',
      expect: { date: { value: '1991', precision: 'year', basis: 'relative' } },
    },
    { text: 'The dispute began long ago.', expect: null },
  ],
  extract(m, { anchor }) {
    const unit = group(m, 'unit').toLowerCase()
    const n = group(m, 'n') ? countValue(group(m, 'n')) : 0
    if (unit === 'minute' || unit === 'hour')
      return expression(m, this.id, anchor?.precision === 'day' ? { ...anchor, basis: 'relative' } : null)
    // "A few days ago": no more than the month is certain.
    if (!n)
      return expression(
        m,
        this.id,
        anchor && anchor.precision !== 'year'
          ? { value: anchor.value.slice(0, 7), precision: 'month', basis: 'relative' }
          : null,
      )
    return expression(m, this.id, unitsFrom(anchor, unit, -n))
  },
}
