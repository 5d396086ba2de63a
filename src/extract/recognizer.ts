import type { RuleId } from '../core/types.js'

/**
 * A worked example of a rule: running the rule (alone) on `text` finds what `expect` says, or nothing when `expect`
 * is null. `match` is the text the rule must claim, when that matters (spans are checked through it). Examples are
 * written about other states and other wordings than the documents the rules were tuned on.
 */
export interface RuleExample<T> {
  readonly text: string
  readonly expect: Partial<T> | null
  readonly match?: string
  /** The publication date the example assumes (`YYYY-MM-DD`), for rules that resolve relative expressions. */
  readonly reference?: string
}

/**
 * A rule that recognises one pattern and turns each match into a finding. `pattern` is a regular expression over
 * characters (with the `g` flag), or a pattern over tokens that the family's runner understands. One test per
 * family runs every rule's examples.
 */
export interface Recognizer<T, Context, Match = RegExpExecArray> {
  readonly id: RuleId
  /** One line on what the rule recognises and why it exists. */
  readonly note: string
  readonly pattern: RegExp | TokenPattern
  readonly examples: readonly RuleExample<T>[]
  extract(match: Match, context: Context): T | null
}

/** A rule that looks at everything one family found in a document and returns a new list (drops, merges, fixes). */
export interface Refiner<T, Context> {
  readonly id: RuleId
  readonly note: string
  readonly examples?: readonly RuleExample<T>[]
  refine(found: readonly T[], context: Context): T[]
}

/** One position of a token pattern: what a token must be. Every field given must hold. */
export interface TokenTest {
  /** Lemma (lower case), or one of several. */
  readonly lemma?: string | readonly string[]
  /** Surface form, lower-cased, or one of several. */
  readonly word?: string | readonly string[]
  /** Universal part-of-speech tag (`VERB`, `NOUN`, `ADP`…), or one of several. */
  readonly pos?: string | readonly string[]
  /** The position may be absent. */
  readonly optional?: boolean
}

/** A pattern over tokens: a sequence of token tests. */
export interface TokenPattern {
  readonly tokens: readonly TokenTest[]
}

/** Whether a pattern is a token pattern (not a regular expression). */
export function isTokenPattern(p: RegExp | TokenPattern): p is TokenPattern {
  return !(p instanceof RegExp)
}
