import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isPartialDate } from '../../core/date-range.js'
import type { EventDate, PartialDate } from '../../core/types.js'
import { runRecognizers, runRefiners } from '../run-rules.js'
import { splitSentences } from '../segment.js'
import { dateRecognizers, dateRefiners } from './configuration.js'
import { findTimeExpressions, type TimeExpression } from './index.js'
import { dateContext } from './time-expression.js'

/** Wednesday 13 March 2024. */
const ANCHOR: PartialDate = { value: '2024-03-13', precision: 'day' }

function find(text: string, anchor: PartialDate | null = ANCHOR): TimeExpression[] {
  const out = findTimeExpressions(text, splitSentences(text), anchor)
  for (const t of out) assert.equal(text.slice(t.span.start, t.span.end), t.text, 'span slices back to the text')
  return out
}

/** The only time expression of `text`, checked to read as `surface`. */
function only(text: string, surface: string, anchor: PartialDate | null = ANCHOR): TimeExpression {
  const out = find(text, anchor)
  assert.equal(out.length, 1, JSON.stringify(out))
  const t = out[0] as TimeExpression
  assert.equal(t.text, surface)
  return t
}

describe('findTimeExpressions: explicit dates', () => {
  const cases: [string, string, EventDate, string][] = [
    [
      'Chile and Peru signed the accord on 16 December 1991.',
      '16 December 1991',
      { value: '1991-12-16', precision: 'day', basis: 'explicit' },
      'date/day-month-year',
    ],
    [
      'Norway recognised the Swedish claim on March 16, 2023.',
      'March 16, 2023',
      { value: '2023-03-16', precision: 'day', basis: 'explicit' },
      'date/month-day',
    ],
    [
      'Kenya and Uganda met on 16th March, 2023.',
      '16th March, 2023',
      { value: '2023-03-16', precision: 'day', basis: 'explicit' },
      'date/day-month-year',
    ],
    [
      'Chilean and Peruvian delegates held talks on 11-12 October 2012 in Lima.',
      '11-12 October 2012',
      { value: '2012-10-11', end: '2012-10-12', precision: 'day', basis: 'explicit' },
      'date/day-month-year',
    ],
    [
      'Fighting flared along the Kenya–Uganda border in September-October 2009.',
      'September-October 2009',
      { value: '2009-09', end: '2009-10', precision: 'month', basis: 'explicit' },
      'date/month-year',
    ],
    [
      'Norway held two rounds of talks with Sweden in May and June 2006.',
      'May and June 2006',
      { value: '2006-05', end: '2006-06', precision: 'month', basis: 'explicit' },
      'date/month-year',
    ],
    [
      'Uganda opened an embassy in Nairobi in 2005.',
      '2005',
      { value: '2005', precision: 'year', basis: 'explicit' },
      'date/year',
    ],
    [
      'The Chile–Peru fishing dispute lasted 2021-2022.',
      '2021-2022',
      { value: '2021', end: '2022', precision: 'year', basis: 'explicit' },
      'date/year-range',
    ],
    [
      'Sweden administered the islands in 1910-45.',
      '1910-45',
      { value: '1910', end: '1945', precision: 'year', basis: 'explicit' },
      'date/year-range',
    ],
    [
      'Norwegian timber reached Sweden in the 1830s.',
      'the 1830s',
      { value: '1830', end: '1839', precision: 'year', basis: 'explicit' },
      'date/decade',
    ],
  ]
  for (const [text, surface, date, rule] of cases) {
    it(`${JSON.stringify(surface)} → ${date.value}${date.end ? `..${date.end}` : ''} (${date.precision})`, () => {
      const t = only(text, surface)
      assert.deepEqual(t.date, date)
      assert.equal(t.rule, rule)
    })
  }

  it('"the 6th century" is a year range over that century', () => {
    const t = find('Traders crossed from Kenya into Uganda in the 6th century.')
    assert.equal(t.length, 1)
    assert.equal(t[0]?.rule, 'date/century')
    assert.equal(t[0]?.date?.precision, 'year')
    assert.equal(t[0]?.date?.basis, 'explicit')
    assert.equal(Number(t[0]?.date?.value), 500)
    assert.equal(Number(t[0]?.date?.end), 599)
  })

  it('"the 6th century" resolves to valid YYYY partial dates', () => {
    const date = find('Traders crossed from Kenya into Uganda in the 6th century.')[0]?.date
    assert.ok(date)
    assert.ok(isPartialDate(date.value), date.value)
    assert.ok(date.end && isPartialDate(date.end), date.end)
  })

  it('a year-less "Aug. 19" is the last one before the anchor in a past report, the next one in a future', () => {
    const t = only('The Norwegian envoy arrived in Stockholm on Aug. 19.', 'Aug. 19')
    assert.deepEqual(t.date, { value: '2023-08-19', precision: 'day', basis: 'relative' })
    assert.equal(t.rule, 'date/month-day')
    const next = only('The Norwegian envoy will arrive in Stockholm on Aug. 19.', 'Aug. 19')
    assert.equal(next.date?.value, '2024-08-19')
    const earlier = only('The Norwegian envoy arrived in Stockholm on March 2.', 'March 2')
    assert.equal(earlier.date?.value, '2024-03-02')
  })

  it('a year is read beside a number with a thousands separator (see negative-cases.test.ts for numbers alone)', () => {
    const t = only('The union ended in 1905, and 2,300 Swedish troops left Norway.', '1905')
    assert.deepEqual(t.date, { value: '1905', precision: 'year', basis: 'explicit' })
  })
})

describe('findTimeExpressions: relative to the anchor', () => {
  it('"on Monday" is the Monday on or before the anchor', () => {
    const t = only('Chile recalled its ambassador from Lima on Monday.', 'on Monday')
    assert.deepEqual(t.date, { value: '2024-03-11', precision: 'day', basis: 'relative' })
    assert.equal(t.rule, 'date/weekday')
  })

  it('"on Wednesday" on a Wednesday anchor is the anchor day', () => {
    const t = only('Peru replied on Wednesday.', 'on Wednesday')
    assert.deepEqual(t.date, { value: '2024-03-13', precision: 'day', basis: 'relative' })
  })

  it('a weekday in a sentence about the future is the next such day', () => {
    const t = only('Chile will meet Peru on Friday.', 'on Friday')
    assert.deepEqual(t.date, { value: '2024-03-15', precision: 'day', basis: 'relative' })
  })

  it('a weekday without an anchor has no date', () => {
    const t = only('Chile protested on Monday.', 'on Monday', null)
    assert.equal(t.date, null)
    assert.equal(t.rule, 'date/weekday')
  })

  const cases: [string, string, EventDate][] = [
    ['Kenya closed the border last month.', 'last month', { value: '2024-02', precision: 'month', basis: 'relative' }],
    [
      'Uganda protested late last month.',
      'late last month',
      { value: '2024-02', precision: 'month', basis: 'relative' },
    ],
    [
      'Norway hosts Swedish officials this month.',
      'this month',
      { value: '2024-03', precision: 'month', basis: 'relative' },
    ],
    ['Sweden cut its aid to Kenya last year.', 'last year', { value: '2023', precision: 'year', basis: 'relative' }],
    [
      'A Chile–Peru summit is planned for this autumn.',
      'this autumn',
      { value: '2024', precision: 'year', basis: 'relative' },
    ],
    [
      'The Kenyan and Ugandan ministers meet today.',
      'today',
      { value: '2024-03-13', precision: 'day', basis: 'relative' },
    ],
    [
      'In the ten years since, Kenya and Uganda have doubled their trade.',
      'In the ten years since',
      { value: '2014', precision: 'year', basis: 'relative' },
    ],
  ]
  for (const [text, surface, date] of cases) {
    it(`${JSON.stringify(surface)} → ${date.value}`, () => assert.deepEqual(only(text, surface).date, date))
  }

  it('a month named without a year after the anchor month is in the year before', () => {
    const t = only('Peru resumed talks with Chile in November.', 'November')
    assert.deepEqual(t.date, { value: '2023-11', precision: 'month', basis: 'relative' })
  })
})

describe('findTimeExpressions: relative to the text', () => {
  it('"a month later" counts from the last explicit date', () => {
    const out = find('In May 2020 Chile and Peru signed a fisheries pact. A month later Peru withdrew.')
    assert.deepEqual(
      out.map((t) => [t.text, t.date]),
      [
        ['May 2020', { value: '2020-05', precision: 'month', basis: 'explicit' }],
        ['A month later', { value: '2020-06', precision: 'month', basis: 'relative' }],
      ],
    )
    assert.equal(out[1]?.rule, 'date/later')
  })

  it('"a month later" with no earlier date has no date', () => {
    assert.equal(only('A month later Chile left the talks.', 'A month later').date, null)
  })

  it('"At that time" after a year is that year, by context', () => {
    const out = find('Norway opened a consulate in Stockholm in 1998. At that time Sweden objected.')
    assert.equal(out.length, 2)
    assert.equal(out[1]?.text, 'At that time')
    assert.deepEqual(out[1]?.date, { value: '1998', precision: 'year', basis: 'context' })
    assert.equal(out[1]?.rule, 'date/anaphoric')
  })

  it('"That year" after a full date keeps only the year', () => {
    const out = find('Norway signed the treaty on 4 July 2019. That year Sweden followed.')
    assert.deepEqual(out[1]?.date, { value: '2019', precision: 'year', basis: 'context' })
  })

  it('"At that time" with no earlier date has no date', () => {
    assert.equal(only('At that time Chile left the talks.', 'At that time').date, null)
  })

  it('"in November" after "in October 2023" goes on to 2023-11', () => {
    const out = find('Talks between Kenya and Uganda began in October 2023. They resumed in November.')
    assert.deepEqual(
      out.map((t) => [t.text, t.date]),
      [
        ['October 2023', { value: '2023-10', precision: 'month', basis: 'explicit' }],
        ['November', { value: '2023-11', precision: 'month', basis: 'context' }],
      ],
    )
  })
})

describe('findTimeExpressions: plans look forward', () => {
  it('"is expected to visit … in July" in a March article is this July, a report of "in July" last July', () => {
    const plan = only('The minister is expected to visit Lima in July.', 'July')
    assert.equal(plan.date?.value, '2024-07')
    const report = only('The minister visited Lima in July.', 'July')
    assert.equal(report.date?.value, '2023-07')
  })
})

describe('findTimeExpressions: the middle of the week', () => {
  it('"By midweek" in a Wednesday article is that day; in a Monday article the Wednesday after', () => {
    assert.equal(only('By midweek, the talks may resume.', 'By midweek').date?.value, '2024-03-13')
    const monday: PartialDate = { value: '2024-03-11', precision: 'day' }
    assert.equal(only('By midweek, the talks may resume.', 'By midweek', monday).date?.value, '2024-03-13')
    assert.equal(find('By midweek, the talks may resume.', null)[0]?.date, null)
  })
})

describe('findTimeExpressions: more written forms', () => {
  it('reads ISO dates, unambiguous day-first numeric dates, and only the year of ambiguous ones', () => {
    assert.equal(only('They met on 2021-05-06.', '2021-05-06').date?.value, '2021-05-06')
    assert.equal(only('They met on 13/05/2021.', '13/05/2021').date?.value, '2021-05-13')
    const ambiguous = only('They met on 06/05/2021.', '06/05/2021').date
    assert.deepEqual([ambiguous?.value, ambiguous?.precision], ['2021', 'year'])
  })

  it('"mid-2019" is 2019; "the following year" and "the next day" count from the last date', () => {
    assert.equal(only('In mid-2019 they met.', 'mid-2019').date?.value, '2019')
    const t = find('On 5 May 2015 they met. The next day they left. In 2016 they met. The following year they signed.')
    assert.deepEqual(
      t.map((x) => x.date?.value),
      ['2015-05-05', '2015-05-06', '2016', '2017'],
    )
  })

  it('"last week" is Monday to Sunday of the week before; "earlier this week" ends at the anchor', () => {
    const last = only('Last week the minister resigned.', 'Last week').date
    assert.deepEqual([last?.value, last?.end], ['2024-03-04', '2024-03-10'])
    const earlier = only('Earlier this week the minister resigned.', 'Earlier this week').date
    assert.deepEqual([earlier?.value, earlier?.end], ['2024-03-11', '2024-03-13'])
  })
})

describe('findTimeExpressions: dates used inside a noun phrase', () => {
  const text =
    "Sweden's 1658-60 conquest of Scania still shapes Danish memory. In 1997 the two states signed a 1997 " +
    'fisheries accord, and a month later the 1997 accord took effect. That year the 2005 talks were planned.'

  it('marks the words a date modifies and leaves the others unmarked', () => {
    const marked = find(text).map((t) => [t.text, t.modifies ? text.slice(t.modifies.start, t.modifies.end) : null])
    assert.deepEqual(marked, [
      ['1658-60', 'conquest'],
      ['1997', null],
      ['1997', 'fisheries accord'],
      ['a month later', null],
      ['1997', 'accord'],
      ['That year', null],
      ['2005', 'talks'],
    ])
  })

  it('changes no date: the list is the same without the marking refiner', () => {
    const context = dateContext(text, splitSentences(text), ANCHOR)
    const found = runRecognizers(dateRecognizers, text, context)
    const unmarked = runRefiners(
      dateRefiners.filter((r) => r.id !== 'date/attributive'),
      found,
      context,
    )
    assert.deepEqual(
      find(text).map(({ modifies: _, ...t }) => t),
      unmarked,
    )
  })
})

describe('findTimeExpressions: dates at the ends of the calendar (found by fuzzing)', () => {
  const dated = (text: string, anchor: PartialDate | null = ANCHOR) =>
    find(text, anchor).map((t) => [t.text, t.date && [t.date.value, t.date.end ?? null]])

  it('writes a year before 1000 with four digits, and counts days in it on its own calendar', () => {
    assert.deepEqual(dated('Pisa and Lucca met on 1 January 1000. The day before, they fought.'), [
      ['1 January 1000', ['1000-01-01', null]],
      ['The day before', ['0999-12-31', null]],
    ])
    // Year 0000 is a leap year; 1900, which Date.UTC would have read it as, is not.
    assert.deepEqual(dated('They will meet tomorrow.', { value: '0000-02-28', precision: 'day' }), [
      ['tomorrow', ['0000-02-29', null]],
    ])
  })

  it('gives no date before year 0000 or after 9999, rather than "-477", "00-1" or "10000"', () => {
    assert.deepEqual(dated('Pisa and Lucca met in 2023. 2500 years earlier, they fought.'), [
      ['2023', ['2023', null]],
      ['2500 years earlier', null],
    ])
    assert.deepEqual(dated('They met in the 1st century. A year earlier, they fought.'), [
      ['1st century', ['0000', '0099']],
      ['A year earlier', null],
    ])
    assert.deepEqual(dated('They will meet tomorrow and next year.', { value: '9999-12-31', precision: 'day' }), [
      ['tomorrow', null],
      ['next year', null],
    ])
  })

  it("every date found in text about the calendar's ends is a real partial date", () => {
    const text =
      'In December 9999 they met. A month later they fought. In the 1st century they met. Two years earlier they ' +
      'fought. Between November and February they talked. From 31 December to 2 January 1000 they fought.'
    for (const anchor of [
      ANCHOR,
      { value: '0000-01-01', precision: 'day' } as const,
      { value: '9999', precision: 'year' } as const,
    ])
      for (const t of find(text, anchor))
        if (t.date)
          for (const v of [t.date.value, t.date.end ?? t.date.value]) assert.ok(isPartialDate(v), `${t.text}: ${v}`)
  })
})
