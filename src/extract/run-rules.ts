import type { RuleId } from '../core/types.js'
import { isTokenPattern, type Recognizer, type Refiner } from './recognizer.js'

/** A recognizer over characters: its pattern is a regular expression with the `g` flag. */
export type RegexRecognizer<T, Context> = Recognizer<T, Context> & {
  readonly pattern: RegExp
  /** Where the search goes on after a match (default: the match's end), so that a match can leave room for another. */
  readonly resume?: (match: RegExpExecArray) => number
}

/** One finding of a rule: the rule's id, the span of its match in the text searched, and what `extract` made of it. */
export interface RuleHit<T> {
  readonly rule: RuleId
  readonly start: number
  readonly end: number
  readonly found: T
}

/**
 * Runs regex recognizers over a text in list order and collects what they find. Neighbours in the list that share one
 * pattern read its matches together: the first whose `extract` returns a finding takes the match. `keep` may still
 * refuse a finding (one that overlaps an earlier one, say); the match is then not offered to the next rule.
 */
export function runRegexRules<T, Context>(
  rules: readonly Recognizer<T, Context>[],
  text: string,
  context: Context,
  keep: (found: T) => boolean = () => true,
): RuleHit<T>[] {
  const hits: RuleHit<T>[] = []
  for (let i = 0; i < rules.length; ) {
    const first = rules[i] as RegexRecognizer<T, Context>
    const re = first.pattern
    if (isTokenPattern(re)) throw new Error(`${first.id}: a token pattern needs its family's token runner`)
    // Without the g flag exec would restart at 0 forever.
    if (!re.global) throw new Error(`${first.id}: the pattern needs the g flag`)
    let end = i + 1
    while (end < rules.length && rules[end]?.pattern === re) end++
    const group = rules.slice(i, end)
    i = end
    // The pattern object is shared by every document: each run starts at the beginning.
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An empty match names nothing.
      if (m[0] !== '')
        for (const rule of group) {
          const found = rule.extract(m, context)
          if (found === null) continue
          if (keep(found)) hits.push({ rule: rule.id, start: m.index, end: m.index + m[0].length, found })
          break
        }
      re.lastIndex = first.resume ? first.resume(m) : m.index + Math.max(1, m[0].length)
    }
  }
  return hits
}

/**
 * Runs regular-expression recognizers over a whole text and returns what their `extract` made of every match,
 * recognizer by recognizer and left to right within one (what a family's refiners expect to sort).
 */
export function runRecognizers<T, Context>(
  recognizers: readonly Recognizer<T, Context>[],
  text: string,
  context: Context,
): T[] {
  return runRegexRules(recognizers, text, context).map((h) => h.found)
}

/** Passes a family's findings through its refiners, each taking the list the one before it returned. */
export function runRefiners<T, Context>(refiners: readonly Refiner<T, Context>[], found: T[], context: Context): T[] {
  return refiners.reduce((list, refiner) => refiner.refine(list, context), found)
}
