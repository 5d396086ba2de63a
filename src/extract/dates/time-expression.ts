import type { EventDate, PartialDate, RuleId, Sentence, Span } from '../../core/types.js'
import type { Recognizer, Refiner } from '../recognizer.js'

/** A time expression found in the clean text, resolved to a date when it can be. */
export interface TimeExpression {
  readonly span: Span
  readonly text: string
  /** The date it stands for; null when it cannot be resolved (a weekday with no dated anchor). */
  readonly date: EventDate | null
  readonly rule: RuleId
  /**
   * Set when the expression is used attributively inside a noun phrase ("the 2011 disaster"): the words after it up
   * to the head noun it modifies. Such a date belongs to that noun (an event named by it), not to the sentence's verb.
   */
  readonly modifies?: Span
}

/** Works out a date from the last date the text gave before the expression (null when it gave none yet). */
export type FromPrevious = (previous: EventDate | null) => EventDate | null

/**
 * A time expression on its way through the date rules. One that counts from the date before it ("a month later",
 * "that year") carries how, because which date comes before is known only once overlaps are settled.
 */
export interface DateFinding extends TimeExpression {
  readonly fromPrevious?: FromPrevious
}

/** What the date rules know of the document: its text, its anchor (publication date) and its sentences. */
export interface DateContext {
  readonly text: string
  readonly anchor: PartialDate | null
  /**
   * The text of the sentence holding an offset, or '' when no sentence does; a quotation that does not hold the offset
   * is blanked out ("“… it will soon cross $90 billion,” the envoy said on Thursday": the quote's tense is not the
   * date's).
   */
  sentenceAt(offset: number): string
}

/** A sentence's text with the quotations that do not hold `at` (an offset into the sentence) replaced by spaces. */
function outsideQuotes(sentence: string, at: number): string {
  return sentence.replace(/“[^”]*”|"[^"]*"/g, (q, start: number) =>
    start <= at && at < start + q.length ? q : ' '.repeat(q.length),
  )
}

/** The context of a document's date rules; the sentence of an offset is looked up only when a rule asks. */
export function dateContext(text: string, sentences: readonly Sentence[], anchor: PartialDate | null): DateContext {
  return {
    text,
    anchor,
    sentenceAt: (offset) => {
      const s = sentences.find((x) => x.span.start <= offset && offset < x.span.end)
      return s ? outsideQuotes(s.text, offset - s.span.start) : ''
    },
  }
}

/** A date recognizer: one written form of time expression. */
export type DateRecognizer = Recognizer<DateFinding, DateContext>

/** A date refiner: one step over the whole list of time expressions of a document. */
export type DateRefiner = Refiner<DateFinding, DateContext>

/** The expression a match stands for, with its date (null when the words name no real date, or not without more). */
export function expression(m: RegExpExecArray, rule: RuleId, date: EventDate | null): DateFinding {
  return { span: { start: m.index, end: m.index + m[0].length }, text: m[0], date, rule }
}

/** The expression a match stands for, to be dated from the date the text gave before it. */
export function fromPrevious(m: RegExpExecArray, rule: RuleId, resolve: FromPrevious): DateFinding {
  return { ...expression(m, rule, null), fromPrevious: resolve }
}
