import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDatesIn, parseDateText, readDateLine } from './date-line.js'

describe('parseDateText', () => {
  const cases: [string, string | null, string?][] = [
    ['13 October 2025', '2025-10-13'],
    ['07 December 2025', '2025-12-07'],
    ['October 13, 2025', '2025-10-13'],
    ['Oct. 13, 2025', '2025-10-13'],
    ['16th March, 2023', '2023-03-16'],
    ['19 Nov 2013', '2013-11-19'],
    ['2:45 pm on 19 November 2013', '2013-11-19'],
    ['Monday, 13 October 2025', '2025-10-13'],
    ['2023-09-11', '2023-09-11'],
    ['2024-02-10T09:00:00Z', '2024-02-10'],
    ['January 2009', '2009-01', 'month'],
    ['Mardi 5 mars 2024', '2024-03-05'],
    // Day first by default; a weekday that only fits month-first decides the other way.
    ['11/09/2023', '2023-09-11'],
    ['Thứ Hai, 11/09/2023, 19:21', '2023-09-11'],
    ['Thursday, 11/09/2023', '2023-11-09'],
    ['09/25/2023', '2023-09-25'],
    ['Friday, 13 October 2025', null],
    ['31 February 2020', null],
    ['October 2025 was cold', null],
    ['Retrieved October 27, 2015', null],
    ['1992', null],
  ]
  for (const [text, value, precision] of cases) {
    it(`${JSON.stringify(text)} → ${value}`, () => {
      const d = parseDateText(text)
      assert.equal(d?.value ?? null, value)
      if (d) assert.equal(d.precision, precision ?? 'day')
    })
  }
})

describe('readDateLine', () => {
  it('labels revision and publication lines', () => {
    assert.deepEqual(readDateLine('Last updated in January 2009'), {
      date: { value: '2009-01', precision: 'month' },
      label: 'updated',
    })
    assert.deepEqual(readDateLine('Published: 2 March 2024'), {
      date: { value: '2024-03-02', precision: 'day' },
      label: 'published',
    })
    assert.equal(readDateLine('13 October 2025')?.label, 'plain')
  })
  it('does not read sentences or citations as date lines', () => {
    assert.equal(readDateLine('On 13 October 2025 the talks began in Geneva.'), null)
    assert.equal(readDateLine('Retrieved October 27, 2015.'), null)
  })
})

describe('findDatesIn', () => {
  it('finds the date written in a byline', () => {
    assert.deepEqual(
      findDatesIn('By and May 1, 2014').map((d) => d.date.value),
      ['2014-05-01'],
    )
  })
})
