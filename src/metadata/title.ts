import { z } from 'zod'
import type { Explained } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'
import { isProse, wordCount } from '../text/lines.js'
import type { MetadataContext } from './context.js'

const SectionWords = z.object({ note: z.string(), words: z.array(z.string()) })

/** True for a line that reads as a headline: a few words, no sentence ending, not a generic section heading. */
export function isHeadline(line: string): boolean {
  const t = line.trim()
  if (t.length < 8 || t.length > 200 || isProse(t) || /[.,;:]$/u.test(t)) return false
  const words = wordCount(t)
  if (words < 2 || words > 25 || !/^[\p{Lu}\p{N}"“‘']/u.test(t)) return false
  const generic = new Set(loadLexicon('metadata/section-headings.json', SectionWords).words)
  return !t
    .toLowerCase()
    .split(/[\s–—-]+/u)
    .every((w) => generic.has(w.replace(/[^\p{L}]/gu, '')))
}

// Wiki engines put the page title in the path: /wiki/2014_Some_Event.
const WIKI_PATH = /\/wiki\/([^/]+)$/u

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** The document's title: the page's declared title for HTML, else the first line of the article when it reads as a headline, else a wiki URL's page name. */
export function readTitle(ctx: MetadataContext): Explained<string | null> {
  const declared = ctx.declared?.title?.trim()
  if (declared) return { value: declared, rule: 'metadata/title-declared', evidence: declared }
  const first = ctx.clean.text.split('\n', 1)[0] ?? ''
  if (isHeadline(first)) return { value: first.trim(), rule: 'metadata/title-first-line', evidence: first }
  const wiki = ctx.sourceUrl && WIKI_PATH.exec(ctx.sourceUrl.replace(/[?#].*$/u, ''))
  if (wiki) {
    const title = safeDecode(wiki[1] as string)
      .replace(/_/g, ' ')
      .trim()
    if (title) return { value: title, rule: 'metadata/title-wiki-url', evidence: wiki[0] }
  }
  return { value: null, rule: null }
}
