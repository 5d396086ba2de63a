import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { firstDay, isPartialDate, lastDay } from './date-range.js'

describe('partial dates as day ranges', () => {
  it('gives the first and last day a partial date covers', () => {
    assert.deepEqual([firstDay('2024'), lastDay('2024')], ['2024-01-01', '2024-12-31'])
    assert.deepEqual([firstDay('2024-02'), lastDay('2024-02')], ['2024-02-01', '2024-02-29'])
    assert.deepEqual([firstDay('2023-02'), lastDay('2023-02')], ['2023-02-01', '2023-02-28'])
    assert.deepEqual([firstDay('2024-03-05'), lastDay('2024-03-05')], ['2024-03-05', '2024-03-05'])
  })

  it('accepts only real calendar dates at year, month or day precision', () => {
    for (const ok of ['1991', '1991-12', '1991-12-31', '2024-02-29']) assert.ok(isPartialDate(ok), ok)
    for (const bad of ['91', '2024-13', '2024-00', '2023-02-29', '2024-04-31', '2024-3-5', '2024/03', 'March 2024', ''])
      assert.ok(!isPartialDate(bad), bad)
    assert.equal(firstDay('2024-13'), undefined)
  })
})
