import { franc } from 'franc-min'
import { z } from 'zod'
import type { Explained } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'

const Iso639 = z.object({ note: z.string(), codes: z.record(z.string(), z.string()) })
const SAMPLE = 5000

/** The language of a text as ISO 639-1 (franc-min on its first few thousand characters), or `und`. */
export function detectLanguage(text: string): Explained<string> {
  const code = franc(text.slice(0, SAMPLE), { minLength: 20 })
  const iso1 = loadLexicon('metadata/iso639.json', Iso639).codes[code]
  return { value: iso1 ?? 'und', rule: 'metadata/language-franc', evidence: code }
}
