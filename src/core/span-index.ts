import type { Span } from './types.js'

/** Anything that sits at a span of a text: a mention, a time expression, a sentence, a finding. */
export interface Spanned {
  readonly span: Span
}

/**
 * A list of spanned items that answers "which lie inside, overlap or end in this stretch" by binary search instead of
 * a walk of the whole list: a rule that asks it once per sentence or per finding then costs the size of the answer,
 * not the size of the document. Answers keep the list's own order, so a caller taking the first match of a `find`
 * over the list gets the same item.
 */
export class SpanIndex<T extends Spanned> {
  readonly #byStart: readonly { readonly item: T; readonly at: number }[]
  /** The longest span of the list: how far before a stretch an item overlapping it may start. */
  readonly #longest: number

  constructor(items: readonly T[]) {
    const entries = items.map((item, at) => ({ item, at }))
    // Array.prototype.sort is stable: items starting together keep the list's order.
    entries.sort((a, b) => a.item.span.start - b.item.span.start)
    this.#byStart = entries
    let longest = 0
    for (const { item } of entries) longest = Math.max(longest, item.span.end - item.span.start)
    this.#longest = longest
  }

  /** Items lying inside [start, end). */
  within(start: number, end: number): T[] {
    return this.#scan(start, end, (s) => s.start >= start && s.end <= end)
  }

  /** Items that start before `end` and end after `start`: those sharing a character with [start, end). */
  overlapping(start: number, end: number): T[] {
    return this.#scan(start - this.#longest, end, (s) => s.start < end && s.end > start)
  }

  /** Items whose span starts in [from, to]. */
  startingIn(from: number, to: number): T[] {
    return this.#scan(from, to + 1, () => true)
  }

  /** Items whose span ends in [from, to]. */
  endingIn(from: number, to: number): T[] {
    return this.#scan(from - this.#longest, to + 1, (s) => s.end >= from && s.end <= to)
  }

  /** Items starting in [from, to), kept when `keep` says so, in the list's order. */
  #scan(from: number, to: number, keep: (span: Span) => boolean): T[] {
    const list = this.#byStart
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((list[mid] as { item: T }).item.span.start < from) lo = mid + 1
      else hi = mid
    }
    const hits: { item: T; at: number }[] = []
    let ordered = true
    for (let i = lo; i < list.length; i++) {
      const e = list[i] as { item: T; at: number }
      if (e.item.span.start >= to) break
      if (!keep(e.item.span)) continue
      if (hits.length > 0 && (hits[hits.length - 1] as { at: number }).at > e.at) ordered = false
      hits.push(e)
    }
    if (!ordered) hits.sort((a, b) => a.at - b.at)
    return hits.map((e) => e.item)
  }
}

const cache = new WeakMap<readonly Spanned[], { readonly length: number; readonly index: SpanIndex<Spanned> }>()

/**
 * The index of a list, built once and kept while the list lives (a list that has grown since gets a new one). For
 * lists that are complete when asked: the stages' outputs passed on to the next.
 */
export function spanIndex<T extends Spanned>(items: readonly T[]): SpanIndex<T> {
  const known = cache.get(items)
  if (known && known.length === items.length) return known.index as unknown as SpanIndex<T>
  const index = new SpanIndex(items)
  cache.set(items, { length: items.length, index: index as unknown as SpanIndex<Spanned> })
  return index
}
