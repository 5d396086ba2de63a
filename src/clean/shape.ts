import { z } from 'zod'
import { loadLexicon } from '../text/lexicon.js'
import { isProse } from '../text/lines.js'
import type { CleanContext, CleanLine } from './rule.js'
import { liveLines } from './rule.js'

/*
 * The shape of a line, in the spirit of jusText (Pomikálek 2011): a line is judged by its length, its share of stop
 * words, its punctuation and its share of capitalised words, then by its neighbours. No word of a site's furniture is
 * listed here; the thresholds below each say why they sit where they do.
 */

const StopWords = z.object({ note: z.string(), words: z.array(z.string()) })

let stops: ReadonlySet<string> | undefined
function stopWords(): ReadonlySet<string> {
  stops ??= new Set(loadLexicon('text/stop-words-en.json', StopWords).words)
  return stops
}

/** Measures of one line that do not depend on its neighbours. */
export interface LineShape {
  /** Whitespace-separated tokens. */
  readonly words: number
  /** Tokens with at least one letter. */
  readonly letterWords: number
  /** Share of letter tokens that are English stop words (0 when there are none). */
  readonly stopShare: number
  /** Share of letter tokens that begin with a capital (1 for a line in capitals). */
  readonly capShare: number
  /** Share of letter tokens written wholly in capitals (two letters or more). */
  readonly upperShare: number
  /** Opens with a list marker: a bullet, a dash or "1." / "a)". */
  readonly listItem: boolean
}

const LIST_MARKER = /^(?:[•·▪◦‣∙*–—-]|\d{1,2}[.)]|[a-z][.)])\s/u
const WORD_EDGE = /^[^\p{L}\p{N}']+|[^\p{L}\p{N}']+$/gu

const LETTER = /\p{L}/u
const CAPITALISED = /^[^\p{L}]*\p{Lu}/u
const LOWER = /\p{Ll}/u
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u
const TOKEN = /\S+/gu

// The two rules that shape a page (menu-run, then edge-furniture) measure the same lines: the last page's shapes are
// kept, a bounded memo, so each line is measured once.
const SHAPE_MEMO_MAX = 4096
const memo = new Map<string, LineShape>()

/** Measures a line (its text after inline edits). */
export function lineShape(text: string): LineShape {
  const known = memo.get(text)
  if (known) return known
  const stop = stopWords()
  let words = 0
  let letter = 0
  let stopCount = 0
  let capCount = 0
  let upperCount = 0
  for (const [token] of text.matchAll(TOKEN)) {
    words++
    if (!LETTER.test(token)) continue
    letter++
    if (stop.has(token.replace(WORD_EDGE, '').replace(/’/gu, "'").toLowerCase())) stopCount++
    if (CAPITALISED.test(token)) capCount++
    if (!LOWER.test(token) && TWO_UPPER.test(token)) upperCount++
  }
  const shape: LineShape = {
    words,
    letterWords: letter,
    stopShare: letter ? stopCount / letter : 0,
    capShare: letter ? capCount / letter : 0,
    upperShare: letter ? upperCount / letter : 0,
    listItem: LIST_MARKER.test(text),
  }
  if (memo.size >= SHAPE_MEMO_MAX) memo.clear()
  memo.set(text, shape)
  return shape
}

// `isProse` already asks a paragraph for a sentence's length and stop; the stop words only rule out long runs of names,
// labels and titles, which have almost none (reference entries: under one word in ten), while the tersest wire sentence
// of the dev pages ("AAP reports Dr X emphatically condemned the Australian actions.") has one in nine.
const GOOD_STOP_SHARE = 0.1
// A paragraph in capitals is a title or a banner, not text.
const GOOD_UPPER_SHARE = 0.5
// Without a sentence stop to go by, a line must read more like English to count as text: running English has about
// two words in five from a stop list (jusText's English threshold is 0.30 on a longer list), headlines, menus and
// labels almost none; one in five keeps terse sentences cut off by an excerpt.
const NEAR_GOOD_STOP_SHARE = 0.2
// A sentence, even one full of names and titles, leaves a third of its words in lower case; a heading or a post-meta
// line in title case capitalises nearly all of them.
const NEAR_GOOD_CAP_SHARE = 2 / 3
// Eight words is where `isProse` starts to accept a sentence: below it a line can be a heading or a label.
const NEAR_GOOD_WORDS = 8

/** A paragraph of article text: prose by length and punctuation, with the stop words and lower case of a sentence. */
export function isGood(text: string, shape = lineShape(text)): boolean {
  return isProse(text) && shape.stopShare >= GOOD_STOP_SHARE && shape.upperShare < GOOD_UPPER_SHARE && !isAside(text)
}

/** Not a paragraph, but reads as part of one: a sentence cut off by the excerpt, a standfirst without its full stop. */
export function isNearGood(text: string, shape = lineShape(text)): boolean {
  return (
    shape.words >= NEAR_GOOD_WORDS &&
    shape.stopShare >= NEAR_GOOD_STOP_SHARE &&
    shape.capShare < NEAR_GOOD_CAP_SHARE &&
    !isAside(text)
  )
}

/** A short sentence of the text ("The talks ended."): a sentence stop after at least two words, one in lower case. */
export function isShortSentence(text: string, shape = lineShape(text)): boolean {
  return shape.letterWords >= 2 && /[.!?]["”’)]?$/u.test(text) && /(?:^|\s)\p{Ll}/u.test(text) && !isAside(text)
}

/**
 * A line wholly in brackets (after a list marker or asterisks): an aside such as a translation note or a wire credit
 * "(Reporting by …; Editing by …)". Inside the text an aside stays; after the last paragraph it is furniture.
 */
export function isAside(text: string): boolean {
  const t = text.replace(LIST_MARKER, '').trim()
  return /^\(\s*\*?[^()]*(?:\([^()]*\)[^()]*)*\)\.?$/u.test(t) && t.length > 2
}

// A heading has a few words and no closing punctuation; a label ("PDF Link:") ends in a colon, a sentence in a stop.
const HEADING_MAX_WORDS = 14

/**
 * Reads as a heading or a dateline: a few words (or one in capitals), opening with a capital, a digit or a quote,
 * without closing punctuation.
 */
export function isHeadingLike(text: string, shape = lineShape(text)): boolean {
  // A dateline may be one word, but in capitals ("NAIROBI"); a one-word line in title case is a label ("Reuters").
  const dateline = shape.letterWords === 1 && shape.upperShare === 1 && /\p{L}{3}/u.test(text)
  return (
    (shape.letterWords >= 2 || dateline) &&
    shape.words <= HEADING_MAX_WORDS &&
    /^[\p{Lu}\p{N}"“‘']/u.test(text) &&
    !/[.,;:!?]$/u.test(text) &&
    menuCells(text) === 0
  )
}

// Separators of menu items, breadcrumbs and tag lists: a pipe, a spaced slash, bullets and arrows between items.
const CELL_SEPARATOR = /\s*\|\s*|\s+\/\s+|\s*[•·»›]\s*/u
// A menu item or a tag has one to three words; four would begin to be a phrase.
const CELL_MAX_WORDS = 3

/**
 * The number of cells when a line is a row of menu items, tags or table cells ("Home | World | Asia", "China / Russia
 * ties", "Bolivia | Chile |", "---|"), else 0. Every cell is short and bare: no stop word, no digits, no sentence stop.
 */
export function menuCells(text: string): number {
  // A label and its tags ("Tags: Chile, Peru, Trade", "Filed under: Asia; Diplomacy").
  const labelled = TAG_LABEL.exec(text)
  if (labelled) {
    const tags = text.slice(labelled[0].length).split(TAG_SEPARATOR)
    if (tags.length >= 2 && tags.every(isBareCell)) return tags.length
  }
  if (!CELL_SEPARATOR.test(text)) return 0
  const cells = text
    .split(CELL_SEPARATOR)
    .map((c) => c.trim())
    .filter((c) => c !== '')
  // A table row written as text opens or closes on a pipe; a rule row ("---|") has no letters at all.
  const tableEdge = /^\||\|$/u.test(text.trim())
  if (cells.length < 2 && !tableEdge) return 0
  return cells.every((c) => isBareCell(c.replace(/^-+$/u, ''))) ? Math.max(cells.length, 1) : 0
}

const TAG_LABEL = /^(?:[\p{L}-]+\s+){0,2}[\p{L}-]+:\s+/u
const TAG_SEPARATOR = /\s*[,;]\s*/u

/** A menu item, tag or table cell: one to three words, no stop word, no figure, no sentence stop. */
function isBareCell(cell: string): boolean {
  const words = cell.split(/\s+/u).filter(Boolean)
  const stop = stopWords()
  return (
    words.length <= CELL_MAX_WORDS &&
    !/\d/u.test(cell) &&
    !/[.!?;,]$/u.test(cell) &&
    words.every((w) => !stop.has(w.toLowerCase()))
  )
}

/** Could be a page's title: two words or more, opening with a capital, a digit or a quote, no closing stop, no menu. */
export function isTitleLike(text: string, shape = lineShape(text)): boolean {
  return shape.letterWords >= 2 && /^[\p{Lu}\p{N}"“‘']/u.test(text) && !/[.,;:!?]$/u.test(text) && menuCells(text) === 0
}

/** A line with no letter or digit at all: rules, bullets and table borders ("---|", "* * *"). */
export function isBare(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text)
}

/** The live lines with their shapes and where the article's paragraphs begin and end. */
export interface PageShape {
  readonly lines: readonly CleanLine[]
  readonly shapes: readonly LineShape[]
  readonly good: readonly boolean[]
  /** Position in `lines` of the first article paragraph; -1 when the page has none. */
  readonly firstGood: number
  /** Position in `lines` of the last line of text: a paragraph or, after it, a short sentence; -1 without paragraphs. */
  readonly lastText: number
  /** Position in `lines` of the headline: the first title-like line above the first paragraph; -1 when there is none. */
  readonly headline: number
}

/** Shapes the live lines of a page and finds its first and last paragraph. */
export function pageShape(context: CleanContext): PageShape {
  const lines = liveLines(context)
  const shapes = lines.map((l) => lineShape(l.text))
  const good = lines.map((l, i) => isGood(l.text, shapes[i]))
  const firstGood = good.indexOf(true)
  // The headline is the first line above the text that reads as a title (of any length: some are whole sentences in
  // capitals), as the metadata stage reads the title from the first line; site names and tabs above it are single words.
  let headline = -1
  for (let i = 0; i < firstGood && headline < 0; i++)
    if (isTitleLike((lines[i] as CleanLine).text, shapes[i])) headline = i
  let lastText = good.lastIndexOf(true)
  for (let i = lastText + 1; lastText >= 0 && i < lines.length; i++)
    if (isShortSentence((lines[i] as CleanLine).text, shapes[i])) lastText = i
  return { lines, shapes, good, firstGood, lastText, headline }
}
