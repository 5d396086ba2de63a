import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { PartialDate } from '../../core/types.js'
import { splitSentences } from '../segment.js'
import { findTimeExpressions } from './index.js'

/** Wednesday 13 March 2024: with a day anchor every relative rule could fire. */
const ANCHOR: PartialDate = { value: '2024-03-13', precision: 'day' }

const find = (text: string) => findTimeExpressions(text, splitSentences(text), ANCHOR)

describe('strings that hold no time expression', () => {
  const cases: [string, string][] = [
    ['a count with a thousands separator', 'Some 1,500 people crossed from Kenya into Uganda.'],
    ['a distance', 'The pipeline runs 2000 km from Kenya to Uganda.'],
    ['a head count', 'Chile sent 2000 people north to Peru.'],
    ['a count of tonnes', 'Namibia exported 1998 tonnes of copper to Zambia.'],
    ['a count with a thousands separator in the year range', 'The Lusaka office holds 1,998 files.'],
    ['a sum of money', 'Portugal paid $2015 to the Uruguayan consulate, and €2019 later.'],
    ['a currency ticker', 'KGS/USD = 0.01143 -0%'],
    ['an exchange rate with a change', 'EUR/USD 1.0832 ▲0.21%'],
    ['an index with a change', 'DOW 35,010.2 +0.4%'],
    ['a commodity price', 'Brent $82.10 -1.2%'],
    ['phone numbers', 'Call the Oslo embassy on +47 22 24 36 00 or 020 7946 0958.'],
    ['a phone number ending in a year-like group', 'Phone the Vienna desk at (202) 555-2019.'],
    ['arithmetic', '2 plus 2 makes 4'],
    ['sports scores', 'Iceland beat Denmark 6-4, 7-5 in Reykjavik.'],
    ['an ISBN', 'ISBN 978-3-16-148410-0'],
    ['a flight number and a clock time', 'Flight SK 1410 left Oslo at 14.30.'],
    ['"may" as a verb, even after "in"', 'Officials in Bern say they may visit in may.'],
    ['"May" as a name', 'Prime Minister May met the Icelandic envoy.'],
    ['weekdays as a habit', "Vienna's embassies close on Mondays."],
  ]
  for (const [what, text] of cases) it(`${what}: ${JSON.stringify(text)}`, () => assert.deepEqual(find(text), []))
})

describe('dates left to other stages', () => {
  it('"Retrieved October 27, 2015" is read here: the clean stage drops reference lists before extraction', () => {
    // Reference lists and their access dates are page furniture (clean/reference-list); the date rules do not
    // second-guess a date in a sentence, so the date is found if such a line ever reaches them.
    assert.deepEqual(
      find('Retrieved October 27, 2015.').map((t) => [t.text, t.rule, t.date?.value]),
      [['October 27, 2015', 'date/month-day', '2015-10-27']],
    )
  })
})
