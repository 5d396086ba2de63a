import { z } from 'zod'
import { loadLexicon } from '../../text/lexicon.js'

const Relative = z.object({
  note: z.string(),
  numbers: z.record(z.string(), z.number()),
  seasons: z.record(z.string(), z.number()),
  parts: z.array(z.string()),
})

const words = () => loadLexicon('dates/relative.json', Relative)

/** A count in figures, "a couple of", or the words of `lexicons/dates/relative.json` ("a", "two"), captured as `n`. */
export function countPattern(): string {
  return `(?<n>\\d+|(?:a\\s+)?couple\\s+of|${Object.keys(words().numbers).join('|')})`
}

/** The number a count written in figures or words stands for (0 for a word the lexicon lacks). */
export function countValue(s: string): number {
  if (/couple/i.test(s)) return 2
  return /^\d+$/.test(s) ? Number(s) : (words().numbers[s.toLowerCase()] ?? 0)
}

/** The season names of the lexicon as alternatives of a pattern. */
export function seasonPattern(): string {
  return Object.keys(words().seasons).join('|')
}

/** The first month of a season (northern hemisphere), 0 for a word the lexicon lacks. */
export function seasonMonth(name: string): number {
  return words().seasons[name.toLowerCase()] ?? 0
}

/**
 * A pattern built from the lexicon on first use and kept: the lexicon is read when a document is first read, not when
 * the module is imported.
 */
export function lazyPattern(build: () => RegExp): () => RegExp {
  let compiled: RegExp | undefined
  return () => {
    compiled ??= build()
    return compiled
  }
}
