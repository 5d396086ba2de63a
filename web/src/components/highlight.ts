/** A span of text to highlight, with its layer and a key to find it again. */
export interface Mark {
  readonly key: string
  readonly layer: 'event' | 'fact' | 'actor' | 'time' | 'quantity'
  readonly start: number
  readonly end: number
  readonly label: string
}

/** A run of text and the marks that cover all of it. */
export interface Segment {
  readonly start: number
  readonly end: number
  readonly marks: readonly Mark[]
}

/**
 * Cuts a text at every mark's start and end, so that overlapping and nested marks can all be shown: each piece lists
 * the marks covering it. Marks outside the text are clipped; empty ones are dropped.
 */
export function segments(length: number, marks: readonly Mark[]): Segment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start)
  const cuts = [...new Set([0, length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b)
  const out: Segment[] = []
  const byStart = [...valid].sort((a, b) => a.start - b.start)
  let open: Mark[] = []
  let next = 0
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] as number
    const end = cuts[i + 1] as number
    open = open.filter((m) => m.end > start)
    while (next < byStart.length && (byStart[next] as Mark).start <= start) open.push(byStart[next++] as Mark)
    // Every cut is some mark's start or end, so each open mark covers the whole piece.
    out.push({ start, end, marks: [...open] })
  }
  return out
}
