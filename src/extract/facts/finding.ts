import type { RuleId, Sentence, Span } from '../../core/types.js'
import type { ActorMention } from '../actors.js'
import type { TimeExpression } from '../dates/index.js'
import type { Refiner } from '../recognizer.js'
import type { RegexRecognizer } from '../run-rules.js'
import type { Measure } from './lexicon.js'

/** What fact finding reads. */
export interface FactContext {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly times: readonly TimeExpression[]
  /** Actor mentions, for the column heads of flattened tables and the pair of each fact's sentence. */
  readonly mentions?: readonly ActorMention[]
  /** The document's main pair, the last resort of a fact's pair. */
  readonly dyad?: readonly [string, string] | null
}

/**
 * A number a recognizer read, on its way to becoming a fact: recognizers give the value, unit and spans, refiners
 * fill in the kind, qualifier, period and a missing subject. Spans are offsets into the whole text.
 */
export interface FactFinding {
  /** The number as written, with its currency, scale or unit when the pattern took them. */
  readonly span: Span
  /** The sentence or table row it was read from. */
  readonly evidence: Span
  readonly value: number
  readonly valueMax: number | null
  readonly unit: string | null
  readonly subject: string | null
  /** The recognizer's id; the fact's rule adds the kind ("fact/money trade_volume"). */
  readonly rule: RuleId
  readonly confidence: number
  /** What a number in prose measures: the lexicon's `kinds` read it with the words around. Table cells have none. */
  readonly measure?: Measure
  readonly kind?: string
  readonly subkind?: string | null
  readonly qualifier?: string | null
  readonly period?: string | null
  readonly pair?: readonly [string, string] | null
}

/** What a sentence recognizer sees besides its match: the whole text, the sentence, and what was kept before. */
export interface SentenceContext {
  readonly text: string
  readonly sentence: Sentence
  /** Findings kept so far in this sentence, in the order the rules ran. */
  readonly found: readonly FactFinding[]
}

/** A recognizer of one way numbers are written in prose; it runs on each sentence. */
export type SentenceRecognizer = RegexRecognizer<FactFinding, SentenceContext>

/** What a table cell recognizer sees: the row's label, its column's country, the row line, where its values start. */
export interface TableCellContext {
  readonly label: string
  readonly column: string
  readonly row: Span
  /** Offset in the text where the row's values begin: cell matches are relative to it. */
  readonly valuesAt: number
}

/** A recognizer of the cells of flattened comparison tables. */
export type TableCellRecognizer = RegexRecognizer<FactFinding, TableCellContext>

/** What refiners see: the text, its time expressions, the sentences read as prose (in order), actors and main pair. */
export interface FactDocument {
  readonly text: string
  readonly times: readonly TimeExpression[]
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly ActorMention[]
  readonly dyad: readonly [string, string] | null
}

/** A step over all findings of the prose of a document. */
export type FactRefiner = Refiner<FactFinding, FactDocument>

/** The span of a sentence match in the text, from where its `group` is written to the end of the match. */
export function matchSpan(m: RegExpExecArray, context: SentenceContext, group = 'num'): Span {
  const start = context.sentence.span.start + m.index + m[0].indexOf(m.groups?.[group] ?? '')
  return { start, end: context.sentence.span.start + m.index + m[0].length }
}

/** The sentence of a finding: its evidence span's text. */
export function sentenceOf(f: FactFinding, document: FactDocument): string {
  return document.text.slice(f.evidence.start, f.evidence.end)
}

/** A finding of a sentence recognizer: no range, no subject and confidence 0.8 unless the rule says otherwise. */
export function sentenceFinding(
  context: SentenceContext,
  f: Pick<FactFinding, 'measure' | 'span' | 'value' | 'unit' | 'rule'> &
    Partial<Pick<FactFinding, 'valueMax' | 'subject' | 'confidence'>>,
): FactFinding {
  return { valueMax: null, subject: null, confidence: 0.8, evidence: context.sentence.span, ...f }
}
