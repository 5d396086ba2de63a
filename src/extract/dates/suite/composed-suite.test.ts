import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { PartialDate } from '../../../core/types.js'
import { splitSentences } from '../../segment.js'
import { findTimeExpressions } from '../index.js'
import { COMPOSED_SUITE, REFERENCE, type Section } from './composed-suite.js'
import { formatScores, type ReadDate, scoreSuite } from './score.js'

const anchor: PartialDate = { value: REFERENCE, precision: 'day' }
const dyad = (text: string): ReadDate[] =>
  findTimeExpressions(text, splitSentences(text), anchor).map((t) => ({
    start: t.span.start,
    end: t.span.end,
    date: t.date,
  }))

/**
 * The share of each section Dyad resolves today: a change may raise it, never lower it. (scripts/compare-dates.ts
 * prints the same table next to chrono-node's.)
 */
const FLOOR: Record<Section, number> = {
  explicit: 1,
  numeric: 1,
  relative: 1,
  parts: 1,
  quarters: 1,
  seasons: 1,
  ranges: 1,
  periods: 1,
  negative: 1,
}

describe('the composed suite of date expressions', () => {
  const scores = scoreSuite(COMPOSED_SUITE, dyad)

  it('has a few hundred cases, every expected date well formed and its words in its sentence', () => {
    assert.ok(COMPOSED_SUITE.length >= 250, String(COMPOSED_SUITE.length))
    for (const [section, text, words, expected] of COMPOSED_SUITE) {
      assert.equal(words === null, section === 'negative', text)
      if (words) assert.ok(text.includes(words), `${words} in ${text}`)
      for (const part of expected?.split('..') ?? [])
        assert.match(part, /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, `${expected} of ${text}`)
    }
  })

  for (const s of scores)
    it(`${s.section}: resolves at least ${FLOOR[s.section] * 100}% of ${s.cases}`, (t) => {
      t.diagnostic(formatScores('dyad', [s]))
      assert.ok(s.resolved / s.cases >= FLOOR[s.section], s.misses.join('\n'))
      assert.ok(s.found >= s.resolved)
    })
})
