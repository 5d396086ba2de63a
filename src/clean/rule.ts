import type { RuleId } from '../core/types.js'
import type { Line } from '../text/lines.js'

/** A line as the line rules see it: its text after inline edits, and the line of the source it came from. */
export interface CleanLine {
  readonly index: number
  /** Text after inline edits, trimmed. Empty for blank lines. */
  readonly text: string
  readonly source: Line
}

/** What a line rule can look at: every line of the document and the verdicts of the rules before it. */
export interface CleanContext {
  readonly lines: readonly CleanLine[]
  /** Lines already dropped by earlier rules, with the rule that dropped them. */
  readonly dropped: ReadonlyMap<number, RuleId>
}

/** A worked example: cleaning `text` with this rule alone gives `expect`. */
export interface CleanExample {
  readonly text: string
  readonly expect: string
}

/** A rule that drops whole lines of page furniture. */
export interface LineRule {
  readonly kind: 'line'
  readonly id: RuleId
  readonly examples: readonly CleanExample[]
  /** Indices of lines to drop. */
  find(context: CleanContext): Iterable<number>
}

/** A replacement inside one line, in offsets of the line's source text. */
export interface InlineEdit {
  readonly start: number
  readonly end: number
  readonly insert: string
}

/** A rule that removes or repairs text inside lines (citation marks, `[edit]`, glued words). */
export interface InlineRule {
  readonly kind: 'inline'
  readonly id: RuleId
  readonly examples: readonly CleanExample[]
  /** Edits to one line, given its source text and position in the document. */
  edits(line: Line): InlineEdit[]
}

/** Either kind of cleaning rule. */
export type CleanRule = LineRule | InlineRule

/** Lines not dropped yet and not blank, in order. */
export function liveLines(context: CleanContext): CleanLine[] {
  return context.lines.filter((l) => l.text !== '' && !context.dropped.has(l.index))
}

/** Indices of the live lines (not dropped, not blank) that pass a test: what most line rules return. */
export function linesWhere(context: CleanContext, test: (line: CleanLine) => boolean): number[] {
  return liveLines(context)
    .filter(test)
    .map((l) => l.index)
}
