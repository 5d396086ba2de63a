import type { CleanText, Removal, RuleId, SpanMapSegment } from '../core/types.js'
import { type Line, splitLines } from '../text/lines.js'
import type { CleanLine, CleanRule, InlineEdit } from './rule.js'

interface Piece {
  /** Text to emit. */
  readonly text: string
  /** Source span; empty for inserted text. */
  readonly start: number
  readonly end: number
}

interface EditedLine {
  readonly pieces: Piece[]
  readonly removals: Removal[]
}

/** Applies non-overlapping inline edits (first rule wins on overlap) and trims the result, keeping source offsets. */
function editLine(line: Line, rules: readonly CleanRule[]): EditedLine {
  const edits: (InlineEdit & { rule: RuleId })[] = []
  for (const rule of rules) {
    if (rule.kind !== 'inline') continue
    for (const e of rule.edits(line)) {
      if (edits.some((x) => e.start < x.end && x.start < e.end)) continue
      edits.push({ ...e, rule: rule.id })
    }
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end)
  const pieces: Piece[] = []
  const removals: Removal[] = []
  let at = 0
  for (const e of edits) {
    if (e.start > at) pieces.push(copy(line, at, e.start))
    if (e.insert) pieces.push({ text: e.insert, start: line.start + e.start, end: line.start + e.start })
    if (e.end > e.start)
      removals.push({
        rule: e.rule,
        span: { start: line.start + e.start, end: line.start + e.end },
        text: line.text.slice(e.start, e.end),
      })
    at = Math.max(at, e.end)
  }
  if (at < line.text.length) pieces.push(copy(line, at, line.text.length))
  return { pieces: trim(pieces), removals }
}

function copy(line: Line, from: number, to: number): Piece {
  return { text: line.text.slice(from, to), start: line.start + from, end: line.start + to }
}

/** Trims white space at both ends of a line's pieces, adjusting their source spans. */
function trim(pieces: Piece[]): Piece[] {
  const out = pieces.filter((p) => p.text !== '')
  while (out.length > 0) {
    const p = out[0] as Piece
    const t = p.text.replace(/^\s+/u, '')
    if (t === p.text) break
    if (t === '') out.shift()
    else out[0] = { text: t, start: p.start === p.end ? p.start : p.start + (p.text.length - t.length), end: p.end }
  }
  while (out.length > 0) {
    const p = out[out.length - 1] as Piece
    const t = p.text.replace(/\s+$/u, '')
    if (t === p.text) break
    if (t === '') out.pop()
    else out[out.length - 1] = { text: t, start: p.start, end: p.start === p.end ? p.end : p.start + t.length }
  }
  return out
}

/**
 * Cleans a decoded text with the given rules, in order: inline rules edit each line, then line rules drop whole lines
 * (a line dropped by an earlier rule is not offered to later ones), then blank lines are collapsed.
 * Every piece of the output maps back to its source span.
 */
export function cleanText(source: string, rules: readonly CleanRule[]): CleanText {
  const srcLines = splitLines(source)
  const edited = srcLines.map((l) => editLine(l, rules))
  const lines: CleanLine[] = srcLines.map((l, i) => ({
    index: i,
    source: l,
    text: (edited[i] as EditedLine).pieces.map((p) => p.text).join(''),
  }))
  const dropped = new Map<number, RuleId>()
  for (const rule of rules) {
    if (rule.kind !== 'line') continue
    for (const i of rule.find({ lines, dropped })) if (!dropped.has(i) && lines[i]?.text !== '') dropped.set(i, rule.id)
  }

  const removals: Removal[] = []
  const map: SpanMapSegment[] = []
  let text = ''
  let pendingBreak: '' | '\n' | '\n\n' = ''
  let breakAt = 0
  for (const line of lines) {
    const rule = dropped.get(line.index)
    if (rule) {
      removals.push({ rule, span: { start: line.source.start, end: line.source.end }, text: line.source.text })
      continue
    }
    removals.push(...(edited[line.index] as EditedLine).removals)
    if (line.text === '') {
      // A blank line in the source marks a paragraph break; dropped lines between paragraphs do not.
      if (text !== '' && pendingBreak === '\n') pendingBreak = '\n\n'
      continue
    }
    if (text !== '') {
      const br = pendingBreak || '\n'
      map.push({
        clean: { start: text.length, end: text.length + br.length },
        source: { start: breakAt, end: breakAt },
      })
      text += br
    }
    for (const p of (edited[line.index] as EditedLine).pieces) {
      map.push({
        clean: { start: text.length, end: text.length + p.text.length },
        source: { start: p.start, end: p.end },
      })
      text += p.text
    }
    pendingBreak = '\n'
    breakAt = line.source.end
  }
  removals.sort((a, b) => a.span.start - b.span.start)
  return { text, removals, map }
}
