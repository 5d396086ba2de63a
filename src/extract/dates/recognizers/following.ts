import { unitsFrom } from '../calendar.js'
import { group } from '../patterns.js'
import type { DateRecognizer } from '../time-expression.js'
import { fromPrevious } from '../time-expression.js'

/** "The following year", "the next day", "the previous day": one unit after (or before) the last date the text gave. */
export const following: DateRecognizer = {
  id: 'date/following',
  note:
    '"The following/next/subsequent day, week, month or year" is one unit after the last date the text gave; ' +
    '"the previous/preceding" one, one unit before it; so are "the day after" and "the day before" when nothing ' +
    'follows them ("the day after the vote" counts from the vote, which has no date here).',
  pattern:
    /\bthe\s+(?:(?<dir>following|next|subsequent|previous|preceding)\s+(?<unit>day|week|month|year)\b|(?<unit2>day|week|month|year)\s+(?<dir2>after|before)(?=\s*[,.;:)]|\s*$))/gi,
  examples: [
    {
      text: 'On 5 May 2015 Iceland and Norway met in Oslo. The next day they signed.',
      match: 'The next day',
      expect: { date: { value: '2015-05-06', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'In 2016 Austria joined the scheme. The following year Switzerland followed.',
      match: 'The following year',
      expect: { date: { value: '2017', precision: 'year', basis: 'relative' } },
    },
    {
      text: 'Nicaragua cut ties with Taipei on 9 December 2021. The previous day Taiwan had warned it.',
      match: 'The previous day',
      expect: { date: { value: '2021-12-08', precision: 'day', basis: 'relative' } },
    },
    {
      text: 'Sudan and South Sudan met on 3 April 2012. The day after, fighting resumed.',
      match: 'The day after',
      expect: { date: { value: '2012-04-04', precision: 'day', basis: 'relative' } },
    },
    { text: 'Malawi closed the border the day after the vote.', expect: null },
    { text: 'The next round of Austrian–Swiss talks opens in Bern.', expect: null },
  ],
  extract(m) {
    const by = /^p|^before/i.test(group(m, 'dir') || group(m, 'dir2')) ? -1 : 1
    const unit = (group(m, 'unit') || group(m, 'unit2')).toLowerCase()
    return fromPrevious(m, this.id, (previous) => unitsFrom(previous, unit, by))
  },
}
