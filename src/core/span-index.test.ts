import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { SpanIndex, spanIndex } from './span-index.js'

interface Item {
  readonly id: number
  readonly span: { readonly start: number; readonly end: number }
}

const items = fc
  .array(fc.tuple(fc.nat(200), fc.nat(30)), { maxLength: 60 })
  .map((xs) => xs.map(([start, length], id): Item => ({ id, span: { start, end: start + length } })))
const stretch = fc.tuple(fc.nat(240), fc.nat(60)).map(([start, length]) => ({ start, end: start + length }))

describe('SpanIndex', () => {
  it('answers as a walk of the whole list would, in the list order', () => {
    fc.assert(
      fc.property(items, stretch, (list, { start, end }) => {
        const index = new SpanIndex(list)
        const ids = (xs: readonly Item[]) => xs.map((x) => x.id)
        const walk = (keep: (s: Item['span']) => boolean) => ids(list.filter((x) => keep(x.span)))
        assert.deepEqual(
          ids(index.within(start, end)),
          walk((s) => s.start >= start && s.end <= end),
        )
        assert.deepEqual(
          ids(index.overlapping(start, end)),
          walk((s) => s.start < end && s.end > start),
        )
        assert.deepEqual(
          ids(index.endingIn(start, end)),
          walk((s) => s.end >= start && s.end <= end),
        )
        assert.deepEqual(
          ids(index.startingIn(start, end)),
          walk((s) => s.start >= start && s.start <= end),
        )
      }),
    )
  })

  it('keeps one index per list, and builds another once the list has grown', () => {
    const list: Item[] = [{ id: 0, span: { start: 5, end: 9 } }]
    const first = spanIndex(list)
    assert.equal(spanIndex(list), first)
    list.push({ id: 1, span: { start: 6, end: 7 } })
    assert.notEqual(spanIndex(list), first)
    assert.deepEqual(
      spanIndex(list)
        .within(0, 10)
        .map((x) => x.id),
      [0, 1],
    )
  })
})
