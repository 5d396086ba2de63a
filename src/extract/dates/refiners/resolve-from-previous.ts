import type { EventDate } from '../../../core/types.js'
import type { DateRefiner } from '../time-expression.js'

/** Dates, in reading order, the expressions that count from the date the text gave before them. */
export const resolveFromPrevious: DateRefiner = {
  id: 'date/resolve-from-previous',
  note:
    '"A month later", "that year", "in November" count from the last date before them in reading order. A date ' +
    'taken from the context only repeats an earlier one, so it does not become the date later ones count from.',
  examples: [
    {
      text: 'Malawi ratified the pact in 2010. A year later Zambia followed. At that time Botswana objected.',
      match: 'At that time',
      expect: { date: { value: '2011', precision: 'year', basis: 'context' } },
    },
    {
      text: 'Malawi ratified the pact in 2010. That year Zambia objected. A year later they met in Lusaka.',
      match: 'A year later',
      expect: { date: { value: '2011', precision: 'year', basis: 'relative' } },
    },
    {
      text: 'A month later the ministers left Lilongwe. In 2012 they returned.',
      match: 'A month later',
      expect: { date: null },
    },
  ],
  refine(found) {
    let previous: EventDate | null = null
    return found.map(({ fromPrevious, ...expression }) => {
      const date = fromPrevious ? fromPrevious(previous) : expression.date
      if (date && date.basis !== 'context') previous = date
      return fromPrevious ? { ...expression, date } : expression
    })
  },
}
