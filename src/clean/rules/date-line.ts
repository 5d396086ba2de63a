import { readDateLine } from '../../text/date-line.js'
import type { LineRule } from '../rule.js'
import { linesWhere } from '../rule.js'

/**
 * Drops lines that are only a date (with weekday, time or a "Last updated" label): page headers and time stamps.
 * The metadata stage reads the publication date from these removals; they never reach the article text.
 */
export const dateLine: LineRule = {
  kind: 'line',
  id: 'clean/date-line',
  examples: [
    { text: '07 December 2025\n13 October 2025\nHeadline', expect: 'Headline' },
    { text: 'Headline\n2:45 pm on 19 November 2013\nLast updated in January 2009\nBody.', expect: 'Headline\nBody.' },
    {
      text: 'Thứ Hai, 11/09/2023, 19:21\nOn 13 October 2025 the talks began.',
      expect: 'On 13 October 2025 the talks began.',
    },
  ],
  find(context) {
    return linesWhere(context, (l) => readDateLine(l.text) !== null)
  },
}
