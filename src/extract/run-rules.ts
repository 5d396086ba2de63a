import type { RuleId } from '../core/types.js'
import type { Recognizer } from './recognizer.js'

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
  rules: readonly RegexRecognizer<T, Context>[],
  text: string,
  context: Context,
  keep: (found: T) => boolean = () => true,
): RuleHit<T>[] {
  const hits: RuleHit<T>[] = []
  for (let i = 0; i < rules.length; ) {
    const first = rules[i] as RegexRecognizer<T, Context>
    const re = first.pattern
    let end = i + 1
    while (end < rules.length && rules[end]?.pattern === re) end++
    const group = rules.slice(i, end)
    i = end
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
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
