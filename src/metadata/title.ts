import { z } from 'zod'
import type { Explained } from '../core/types.js'
import { readDateLine } from '../text/date-line.js'
import { loadLexicon } from '../text/lexicon.js'
import { isProse, wordCount } from '../text/lines.js'
import type { MetadataContext } from './context.js'
import { readDateline } from './dateline.js'

const SectionWords = z.object({ note: z.string(), words: z.array(z.string()) })

/** True when every word of a line is one of a lexicon's words (punctuation aside). */
function onlyWordsOf(line: string, file: string): boolean {
  const words = new Set(loadLexicon(file, SectionWords).words)
  return line
    .toLowerCase()
    .split(/[\s–—|/·•>»-]+/u)
    .map((w) => w.replace(/[^\p{L}+-]/gu, ''))
    .filter(Boolean)
    .every((w) => words.has(w))
}

/** A line of site furniture ("Left Menu", "Skip to content", "Home | News"): never a title. */
export function isFurnitureLine(line: string): boolean {
  return onlyWordsOf(line, 'metadata/furniture-words.json')
}

/**
 * True for a line that reads as a headline: a few words (an official title in capitals may run long), no sentence
 * ending, at least two words of letters, not a table row, not furniture, not a generic section heading.
 */
export function isHeadline(line: string): boolean {
  const t = line.trim()
  // "JOINT COMMUNIQUÉ ISSUED BY … ON THE OCCASION OF THE STATE VISIT …": governments title documents in capitals at length.
  const capitals = !/\p{Ll}/u.test(t) && /\p{Lu}{2}/u.test(t)
  const [maxChars, maxWords] = capitals ? [400, 70] : [200, 25]
  if (t.length < 8 || t.length > maxChars || (!capitals && isProse(t)) || /[.,;:]$/u.test(t)) return false
  const words = wordCount(t)
  if (words < 2 || words > maxWords || !/^[\p{Lu}\p{N}"“‘']/u.test(t)) return false
  // "Volume 8", "Issue 12": a label and a number; "Bolivia | Chile |": a flattened table row; "Home > World > Asia":
  // a breadcrumb; "Islamabad, July 25, 2023": a dateline.
  if (t.split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w)).length < 2 || /\||\s[>»›/]\s/u.test(t)) return false
  if (readDateline(t) || readDateLine(t)) return false
  return !isFurnitureLine(t) && !onlyWordsOf(t, 'metadata/section-headings.json')
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

/** How many lines of the page header a title is looked for in, before the first line of running prose. */
const HEADER_LINES = 8

/**
 * The document's title: the page's declared title for HTML (unless it is furniture), else the first line of the
 * article when it reads as a headline, else the first headline among the header lines before the running text (past
 * furniture, section labels and credits), else a wiki URL's page name.
 */
export function readTitle(ctx: MetadataContext): Explained<string | null> {
  const declared = ctx.declared?.title?.trim()
  if (declared && !isFurnitureLine(declared))
    return { value: declared, rule: 'metadata/title-declared', evidence: declared }
  const lines = ctx.clean.text.split('\n')
  const first = lines[0] ?? ''
  if (isHeadline(first)) return { value: first.trim(), rule: 'metadata/title-first-line', evidence: first }
  const header = lines.filter((l) => l.trim() !== '').slice(0, HEADER_LINES)
  const prose = header.findIndex((l) => isProse(l))
  const headline = header.slice(0, prose < 0 ? header.length : prose).find(isHeadline)
  if (headline) return { value: headline.trim(), rule: 'metadata/title-header-line', evidence: headline }
  const wiki = ctx.sourceUrl && WIKI_PATH.exec(ctx.sourceUrl.replace(/[?#].*$/u, ''))
  if (wiki) {
    const title = safeDecode(wiki[1] as string)
      .replace(/_/g, ' ')
      .trim()
    if (title) return { value: title, rule: 'metadata/title-wiki-url', evidence: wiki[0] }
  }
  return { value: null, rule: null }
}
