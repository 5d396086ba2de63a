import type { Span, SpanMapSegment } from './types.js'

/**
 * Maps a span of the clean text back to the source text it came from.
 * Offsets inside a copied segment map one to one; a span that touches inserted text widens to the nearest source offsets.
 */
export function toSourceSpan(map: readonly SpanMapSegment[], span: Span): Span | null {
  let start: number | null = null
  let end: number | null = null
  for (const seg of map) {
    if (seg.clean.end <= span.start && !(seg.clean.start === seg.clean.end && seg.clean.start === span.start)) continue
    if (seg.clean.start >= span.end && span.end > span.start) break
    const copied = seg.source.end - seg.source.start === seg.clean.end - seg.clean.start
    const s = copied ? seg.source.start + Math.max(0, span.start - seg.clean.start) : seg.source.start
    const e = copied ? seg.source.start + Math.min(seg.clean.end, span.end) - seg.clean.start : seg.source.end
    if (start === null) start = s
    end = e
  }
  return start === null || end === null ? null : { start, end }
}

/**
 * Maps a span of the source text to the clean text made from it: the inverse of `toSourceSpan`.
 * Copied segments map one to one; a replaced segment the span touches maps as a whole; null when all of it was removed.
 */
export function toCleanSpan(map: readonly SpanMapSegment[], span: Span): Span | null {
  let start: number | null = null
  let end: number | null = null
  for (const seg of map) {
    if (seg.source.end <= span.start || seg.source.start >= span.end || seg.clean.start === seg.clean.end) continue
    const copied = seg.source.end - seg.source.start === seg.clean.end - seg.clean.start
    const s = copied ? seg.clean.start + Math.max(0, span.start - seg.source.start) : seg.clean.start
    const e = copied ? seg.clean.start + Math.min(seg.source.end, span.end) - seg.source.start : seg.clean.end
    start ??= s
    end = e
  }
  return start === null || end === null ? null : { start, end }
}
