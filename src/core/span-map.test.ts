import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toCleanSpan, toSourceSpan } from './span-map.js'
import type { SpanMapSegment } from './types.js'

// Source "Ab cd.[1] Ef." cleaned to "Ab cd. Ef.": two copied pieces around a removed citation marker,
// then a replaced piece (a repaired word) of another length.
const map: SpanMapSegment[] = [
  { clean: { start: 0, end: 6 }, source: { start: 0, end: 6 } },
  { clean: { start: 6, end: 10 }, source: { start: 9, end: 13 } },
  { clean: { start: 10, end: 14 }, source: { start: 13, end: 20 } },
]

describe('toCleanSpan', () => {
  it('maps copied text one to one and skips what cleaning removed', () => {
    assert.deepEqual(toCleanSpan(map, { start: 3, end: 9 }), { start: 3, end: 6 })
    assert.deepEqual(toCleanSpan(map, { start: 0, end: 13 }), { start: 0, end: 10 })
    assert.deepEqual(toCleanSpan(map, { start: 10, end: 12 }), { start: 7, end: 9 })
  })
  it('widens to a whole replaced segment and returns null inside a removal', () => {
    assert.deepEqual(toCleanSpan(map, { start: 15, end: 16 }), { start: 10, end: 14 })
    assert.equal(toCleanSpan(map, { start: 6, end: 9 }), null)
  })
  it('inverts toSourceSpan on copied text', () => {
    const source = toSourceSpan(map, { start: 7, end: 9 })
    assert.deepEqual(source, { start: 10, end: 12 })
    assert.deepEqual(source && toCleanSpan(map, source), { start: 7, end: 9 })
  })
})
