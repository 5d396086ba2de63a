/**
 * Builds lexicons/events/cameo-verbs.json from PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT, synonym sets
 * mostly from WordNet): its synonym sets, its verb synonym blocks (each verb with the code it has on its own) and the
 * verb + noun/preposition patterns of each block, with their CAMEO codes. Dyad's labels are not baked in: the loader
 * maps codes with our own table (lexicons/events/cameo-labels.json), so the mapping can change without regenerating.
 *
 *   npx tsx scripts/build-event-lexicon.ts [path/to/CAMEO.2.0.txt]
 *
 * The dictionary is not committed (see vendor/README.md for where it comes from); the output is, with its notices.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { projectPath } from '../src/text/project-root.js'

const SOURCE = {
  repository: 'https://github.com/openeventdata/petrarch2',
  commit: '676801cd9cb2924bbbad09f86d15c9323e7097bf',
  path: 'petrarch2/data/dictionaries/CAMEO.2.0.txt',
}

/** A term of a pattern: a word (lower case) or a synonym set (`&NAME`). */
type Term = string
/** A noun phrase of a pattern: its head and the words before it. */
interface NounPhrase {
  readonly head: Term
  readonly mods: readonly Term[]
}
/** A prepositional phrase of a pattern: the preposition and the noun phrases it governs (possibly none). */
interface PrepPhrase {
  readonly prep: string
  readonly nps: readonly NounPhrase[]
}
interface Pattern {
  /** Nouns before the verb (its subject's head), prepositional phrases before it, nouns and phrases after it. */
  readonly pre?: readonly NounPhrase[]
  readonly prePreps?: readonly PrepPhrase[]
  readonly post?: readonly NounPhrase[]
  readonly preps?: readonly PrepPhrase[]
  /** CAMEO code in the active voice, and in the passive voice when the dictionary gives one (`[042:043]`). */
  readonly code: string | null
  readonly passive?: string
  /** The verb of the block the pattern was written for, from its comment ("# HEAD"). */
  readonly by?: string
  /** Line of the dictionary, for tracing a match back to its source. */
  readonly line: number
}

const path = process.argv[2] ?? projectPath('vendor/petrarch2/CAMEO.2.0.txt')
const lines = readFileSync(path, 'utf8').split('\n')

/** The MIT notice of the dictionary, as its own header carries it. */
const header = lines.slice(0, lines.findIndex((l) => l.startsWith('# LAST UPDATE')) + 1)
const mitStart = header.findIndex((l) => l.includes('The MIT License'))
const licence = header
  .slice(mitStart)
  .map((l) => l.replace(/^# ?/, ''))
  .join('\n')
  .trim()
const description = header
  .slice(0, 7)
  .map((l) => l.replace(/^# ?/, ''))
  .join(' ')
  .replace(/\s+/g, ' ')
  .trim()

/** The notice WordNet's licence asks to carry with anything derived from it (the dictionary's synonym sets are). */
const WORDNET = `WordNet Release 3.0. This software and database is being provided to you, the LICENSEE, by Princeton University under the following license. By obtaining, using and/or copying this software and database, you agree that you have read, understood, and will comply with these terms and conditions.: Permission to use, copy, modify and distribute this software and database and its documentation for any purpose and without fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and statements, including the disclaimer, and that the same appear on ALL copies of the software, database and documentation, including modifications that you make for internal use or for distribution. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in advertising or publicity pertaining to distribution of the software and/or database. Title to copyright in this software, database and any associated documentation shall at all times remain with Princeton University and LICENSEE agrees to preserve same.`

const words = (s: string): string => s.toLowerCase().replace(/_/g, ' ').replace(/\s+/g, ' ').trim()

/** `[042:043]` → active 042, passive 043; `[---]` and `[:173]` have no active code. */
function code(bracket: string): { code: string | null; passive?: string } {
  const [active = '', passive = ''] = bracket.replace(/^\[|\]$/g, '').split(':')
  const ok = (c: string) => /^\d{2,4}$/.test(c)
  return { code: ok(active) ? active : null, ...(ok(passive) && passive !== active ? { passive } : {}) }
}

/** Reads a run of pattern elements into noun phrases: bare words are one-word phrases, `{A B C}` has head C. */
function nounPhrases(elements: readonly string[]): NounPhrase[] {
  const out: NounPhrase[] = []
  let open: string[] | null = null
  for (const e of elements) {
    if (/^[$+%^]$/.test(e)) continue
    if (open) {
      if (e.endsWith('}')) {
        const all = [...open, e.slice(0, -1)].map(words).filter(Boolean)
        out.push({ head: all[all.length - 1] as string, mods: all.slice(0, -1) })
        open = null
      } else open.push(e)
    } else if (e.startsWith('{')) {
      if (e.endsWith('}')) out.push({ head: words(e.slice(1, -1)), mods: [] })
      else open = [e.slice(1)]
    } else out.push({ head: words(e), mods: [] })
  }
  return out.filter((np) => np.head && !/^[$+%^]$/.test(np.head))
}

/** Splits one side of a pattern (before or after `*`) into noun phrases and prepositional phrases. */
function side(text: string): { nps: NounPhrase[]; preps: PrepPhrase[] } {
  const elements = text.split(/\s+/).filter(Boolean)
  const bare: string[] = []
  const preps: PrepPhrase[] = []
  let pp: string[] | null = null
  for (const e of elements) {
    if (pp) {
      const closes = e.endsWith(')')
      pp.push(closes ? e.slice(0, -1) : e)
      if (closes) {
        const [prep = '', ...rest] = pp.filter(Boolean)
        preps.push({ prep: words(prep), nps: nounPhrases(rest) })
        pp = null
      }
    } else if (e.startsWith('(')) {
      const inner = e.slice(1)
      if (inner.endsWith(')')) preps.push({ prep: words(inner.slice(0, -1)), nps: [] })
      else pp = [inner]
    } else bare.push(e)
  }
  return { nps: nounPhrases(bare), preps: preps.filter((p) => p.prep) }
}

const synsets: Record<string, string[]> = {}
const verbs: {
  lemma: string
  front?: string[]
  back?: string[]
  forms?: string[]
  block: string
  code: string | null
}[] = []
const blocks: Record<string, { code: string | null; patterns: Pattern[] }> = {}
let inPatterns = false
let synset: string | null = null
let block: string | null = null
for (const [i, raw] of lines.entries()) {
  const line = raw.replace(/#.*$/, '').trimEnd()
  if (raw.startsWith('####### VERB PATTERNS')) inPatterns = true
  if (!line.trim()) continue
  if (!inPatterns) {
    if (line.startsWith('&')) {
      synset = line.trim()
      synsets[synset] = []
    } else if (line.startsWith('+') && synset) synsets[synset]?.push(words(line.slice(1).replace(/_$/, '')))
    continue
  }
  if (line.startsWith('~')) continue // verb-verb transformations: Dyad reads reported speech on its own
  const blockHead = /^---\s+(\S+)\s+(\[[^\]]*\])\s+---/.exec(line)
  if (blockHead) {
    block = blockHead[1] as string
    blocks[block] = { code: code(blockHead[2] as string).code, patterns: [] }
    continue
  }
  if (!block) continue
  const b = blocks[block] as { code: string | null; patterns: Pattern[] }
  if (line.startsWith('-')) {
    const m = /^-(.*)\*(.*?)(\[[^\]]*\])\s*$/.exec(line)
    if (!m) continue
    const pre = side(m[1] as string)
    const post = side(m[2] as string)
    const c = code(m[3] as string)
    // The comment names the verb of the block the pattern was written for ("- * TO [030] # HEAD").
    const by = /#\s*\+?([A-Z][A-Z'-]*)/.exec(raw)?.[1]?.toLowerCase()
    b.patterns.push({
      ...(pre.nps.length ? { pre: pre.nps } : {}),
      ...(pre.preps.length ? { prePreps: pre.preps } : {}),
      ...(post.nps.length ? { post: post.nps } : {}),
      ...(post.preps.length ? { preps: post.preps } : {}),
      ...c,
      ...(by ? { by } : {}),
      line: i + 1,
    })
    continue
  }
  // A verb of the block: STEM {irregular forms} [own code]; "+ASK_FOR" and "WIRE_+TAP" are verbs of several words.
  const own = /\[([^\]]*)\]\s*$/.exec(line)
  const stem = line.trim().split(/\s+/)[0] as string
  const [front = '', rest = stem] = stem.includes('+') ? stem.split('+') : ['', stem]
  const [lemma = '', ...back] = rest.split('_')
  if (!/^[A-Z][A-Z'-]*$/.test(lemma)) continue
  // Irregular forms in braces ("SHOOT {SHOOTS SHOOTING SHOT}"): the inflected main verb of each, for a tagger that
  // did not lemmatise it.
  const braces = /\{([^}]*)\}/.exec(line)?.[1] ?? ''
  const forms = [
    ...new Set(
      braces
        .split(/\s+/)
        .filter(Boolean)
        .map((f) => (f.includes('+') ? (f.split('+')[1] ?? '') : f).split('_')[0]?.toLowerCase() ?? '')
        .filter((f) => /^[a-z'-]+$/.test(f) && f !== lemma.toLowerCase()),
    ),
  ]
  verbs.push({
    lemma: lemma.toLowerCase(),
    ...(front ? { front: front.split('_').filter(Boolean).map(words) } : {}),
    ...(back.filter(Boolean).length ? { back: back.filter(Boolean).map(words) } : {}),
    ...(forms.length ? { forms } : {}),
    block,
    code: own ? code(`[${own[1]}]`).code : b.code,
  })
}

const out = {
  about: `Generated by scripts/build-event-lexicon.ts from PETRARCH2's CAMEO verb dictionary (${SOURCE.repository}, commit ${SOURCE.commit}, ${SOURCE.path}). ${description} Codes are CAMEO; lexicons/events/cameo-labels.json maps them to Dyad's labels. Do not edit: regenerate.`,
  source: SOURCE,
  licence,
  wordnet_notice: WORDNET,
  synsets,
  verbs,
  blocks,
}
// One verb, synonym set or block per line: readable diffs, a small file.
const json = JSON.stringify(out, null, 1)
  .replace(/\n {3,}/g, ' ')
  .replace(/\n {2}\]/g, ' ]')
  .replace(/\n {2}\}/g, ' }')
writeFileSync(projectPath('lexicons/events/cameo-verbs.json'), `${json}\n`)
const patterns = Object.values(blocks).reduce((n, b) => n + b.patterns.length, 0)
console.log(
  `lexicons/events/cameo-verbs.json: ${verbs.length} verbs in ${Object.keys(blocks).length} blocks, ${patterns} patterns, ${Object.keys(synsets).length} synonym sets`,
)
