import type { Recognizer, Refiner } from './recognizer.js'
import { isTokenPattern } from './recognizer.js'

/**
 * Runs regular-expression recognizers over a whole text, each in list order, and returns what their `extract` made of
 * every match, recognizer by recognizer and left to right within one (what the family's refiners expect to sort).
 */
export function runRecognizers<T, Context>(
  recognizers: readonly Recognizer<T, Context>[],
  text: string,
  context: Context,
): T[] {
  const found: T[] = []
  for (const rule of recognizers) {
    const re = rule.pattern
    if (isTokenPattern(re)) throw new Error(`${rule.id}: a token pattern needs its family's token runner`)
    // Without the g flag exec would restart at 0 forever.
    if (!re.global) throw new Error(`${rule.id}: the pattern needs the g flag`)
    // The pattern object is shared by every document: each run starts at the beginning.
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An empty match names nothing, and would not move lastIndex on.
      if (m[0] === '') {
        re.lastIndex++
        continue
      }
      const f = rule.extract(m, context)
      if (f !== null) found.push(f)
    }
  }
  return found
}

/** Passes a family's findings through its refiners, each taking the list the one before it returned. */
export function runRefiners<T, Context>(refiners: readonly Refiner<T, Context>[], found: T[], context: Context): T[] {
  return refiners.reduce((list, refiner) => refiner.refine(list, context), found)
}
